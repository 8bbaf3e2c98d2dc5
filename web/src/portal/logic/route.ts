// 进度查询: the route's steps marked done / here / next from where the API says the case is.
export type StepState = 'done' | 'here' | 'next'

/** How the page names each state beside the department. */
export const STEP_LABELS: Record<StepState, string> = {
  done: '已审核通过',
  here: '当前环节',
  next: '尚未送达',
}

/** `position`: the current stage's position (1-based) while a department holds the case;
 * `pastReview`: the case has left the departments (at or past the committee). */
export function stepStates(count: number, position: number | null, pastReview: boolean): StepState[] {
  return Array.from({ length: count }, (_, i) => {
    if (pastReview) return 'done'
    if (position === null) return 'next'
    if (i + 1 < position) return 'done'
    return i + 1 === position ? 'here' : 'next'
  })
}
