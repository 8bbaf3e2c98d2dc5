// Where a field lives on the page: the API names every field by its path
// (`forms.summary.birth_date`, `forms.comprehensive.work_history.0.start`, `employer.name`,
// `photo`); the page gives each field an element id made from that path, so that a problem in
// 检查 links straight to its field.

export interface FieldProblem {
  field: string
  message: string
}

/** `forms.summary.birth_date` -> `field-forms-summary-birth_date` (an id the page can hold). */
export function fieldId(path: string): string {
  return 'field-' + path.replace(/[^A-Za-z0-9_]+/g, '-')
}

/** The form a path belongs to (`forms.roster.name` -> `roster`), or null for employer, photo … */
export function formOfPath(path: string): string | null {
  const parts = path.split('.')
  return parts[0] === 'forms' && parts[1] !== undefined ? parts[1] : null
}

/** The first message for each path. */
export function messagesByPath(problems: readonly FieldProblem[]): Record<string, string> {
  const byPath: Record<string, string> = {}
  for (const problem of problems) {
    if (!(problem.field in byPath)) byPath[problem.field] = problem.message
  }
  return byPath
}

