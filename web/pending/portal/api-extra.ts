export async function loadDirectory(): Promise<Directory> {
  const { data } = await intake.GET('/directory')
  return data!
}

export async function loadRoute(id: string): Promise<{ ok: true; route: Route } | Refused> {
  const { data, error } = await intake.GET('/applications/{application_id}/route', path(id))
  return data ? { ok: true, route: data } : refusal(error)
}

export type EmployerBody = {
  name: string
  kind: string
  region_code: string | null
  unit_code: string | null
}

export async function saveEmployer(id: string, body: EmployerBody) {
  const { response, error } = await intake.PUT('/applications/{application_id}/employer', {
    ...path(id),
    body,
  })
  return response.ok ? { ok: true as const, errors: {} } : refusal(error)
}

export async function requestPhoneCode(phone: string, purpose: 'register' | 'reset') {
  const { data, error } = await intake.POST('/accounts/phone-code', { body: { phone, purpose } })
  return data
    ? { ok: true as const, resendAfter: data.resend_after_seconds }
    : refusal(error)
}

export type PasswordReset = {
  id_number: string
  phone: string
  phone_code: string
  new_password: string
}

export async function resetPassword(body: PasswordReset) {
  const { response, error } = await intake.POST('/accounts/password-reset', { body })
  return response.ok ? { ok: true as const, errors: {} } : refusal(error)
}
