import { onMounted, ref } from 'vue'
import { unwrap } from '@/api/client'
import { api } from '../session'
import type { SeniorCommittee } from './api'

/** 高评委设置's drop-down: the senior committees the service offers, the first chosen. */
export function useSeniorCommittees() {
  const committees = ref<SeniorCommittee[]>([])
  const chosen = ref<string>('')
  onMounted(async () => {
    committees.value = await unwrap(api.committee.GET('/senior-committees'))
    chosen.value = committees.value[0]?.code ?? ''
  })
  return { committees, chosen }
}
