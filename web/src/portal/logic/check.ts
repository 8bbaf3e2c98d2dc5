// 检查: the API's problems, grouped by form in the forms' own order, each with a link target.
import { fieldId, formOfPath } from './fields'

export interface Problem {
  form?: string | null
  field: string
  message: string
}

export interface ProblemGroup {
  key: string
  label: string
  items: { message: string; path: string; anchor: string }[]
}

/** `forms` is the forms' order and labels as GET /form-layout gives them; `otherLabel` heads
 * the problems outside the forms (employer, photo). */
export function groupProblems(
  problems: readonly Problem[],
  forms: readonly { kind: string; label: string }[],
  otherLabel: string,
): ProblemGroup[] {
  const groups: ProblemGroup[] = []
  const other: ProblemGroup = { key: 'other', label: otherLabel, items: [] }
  const byKind = new Map<string, ProblemGroup>()
  for (const form of forms) {
    const group = { key: form.kind, label: form.label, items: [] }
    byKind.set(form.kind, group)
    groups.push(group)
  }
  for (const problem of problems) {
    const path = problem.form ? `forms.${problem.form}.${problem.field}`.replace(/\.$/, '') : problem.field
    const kind = problem.form ?? formOfPath(path)
    const group = (kind && byKind.get(kind)) || other
    group.items.push({ message: problem.message, path, anchor: fieldId(path) })
  }
  return [other, ...groups].filter((g) => g.items.length > 0)
}
