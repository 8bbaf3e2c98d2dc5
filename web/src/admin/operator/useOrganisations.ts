import { computed, ref } from 'vue'
import { unwrap } from '@/api/client'
import { api } from '../session'
import type { Organisation } from './types'

/** review's organisation directory, and the roles it names (for the filters), as it answers. */
export function useOrganisations() {
  const organisations = ref<Organisation[]>([])
  const roles = computed(() => {
    const seen = new Map<string, string>()
    for (const org of organisations.value) seen.set(org.role, org.role_label)
    return [...seen].map(([value, label]) => ({ value, label }))
  })
  const byCode = computed(() => new Map(organisations.value.map((org) => [org.code, org])))
  async function load(): Promise<void> {
    organisations.value = await unwrap(api.review.GET('/organisations'))
  }
  return { organisations, roles, byCode, load }
}
