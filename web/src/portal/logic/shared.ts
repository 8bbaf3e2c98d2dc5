// The fields several forms carry (姓名, 现从事专业 …) are typed once and shown on each form.
// Which fields are shared, and on which forms, is the API's answer (GET /form-layout); this
// only moves values between the one place they are typed and the forms that carry them.

export type FormValues = Record<string, unknown>
export type FormsValues = Record<string, FormValues>

export interface SharedField {
  name: string
  forms: readonly string[]
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** For each shared field, the value of the first form that has one. */
export function commonFrom(forms: FormsValues, shared: readonly SharedField[]): FormValues {
  const common: FormValues = {}
  for (const field of shared) {
    const kind = field.forms.find((k) => !isEmpty(forms[k]?.[field.name]))
    common[field.name] = kind === undefined ? undefined : forms[kind]?.[field.name]
  }
  return common
}

/**
 * Sets a shared field typed once: every form that carries it and still shows the previous common
 * value (or nothing) takes the new one; a form where the applicant deliberately typed something
 * else keeps it (the check will say that it differs). Returns the forms that changed.
 */
export function setCommon(
  forms: FormsValues,
  field: SharedField,
  value: unknown,
  previous: unknown,
): string[] {
  const changed: string[] = []
  for (const kind of field.forms) {
    const form = (forms[kind] ??= {})
    const current = form[field.name]
    if ((isEmpty(current) || current === previous) && current !== value) {
      form[field.name] = value
      changed.push(kind)
    }
  }
  return changed
}

/** Whether this form's value of a shared field differs from the one typed once. */
export function differsFromCommon(form: FormValues, common: FormValues, name: string): boolean {
  return !isEmpty(form[name]) && !isEmpty(common[name]) && form[name] !== common[name]
}
