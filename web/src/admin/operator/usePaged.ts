import { computed, reactive, type Ref } from 'vue'

/** One page of a list the API answered whole (the directory, the routes, the accounts). */
export function usePaged<T>(rows: Ref<T[]>) {
  const paging = reactive({ page: 1, size: 20 })
  const shown = computed(() => rows.value.slice((paging.page - 1) * paging.size, paging.page * paging.size))
  return { paging, shown }
}
