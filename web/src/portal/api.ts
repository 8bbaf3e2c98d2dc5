// The portal's calls to intake, through the one typed client (web/src/api/client.ts). Each
// answers what its screen needs: the data, or the Chinese messages of what was refused, keyed
// by the field the API names.
import { api, session } from './session'

import { isEmpty, type FormValues } from './logic/shared'
import type {
  Application,
  ApplicationBrief,
  CheckReport,
  Diff,
  Directory,
  Draft,
  FormsLayout,
  PasswordRules,
  PhotoStored,
  Route,
  SeasonWindow,
  UploadRules,
} from './types'

const intake = api.intake

type ErrorBody = { detail?: unknown } | undefined
export type Refused = { ok: false; message: string; errors: Record<string, string> }

/** The service's refusal: {"detail": "…"} or {"detail": [{"field", "message"}, …]}. */
export function refusal(error: unknown): Refused {
  const detail = (error as ErrorBody)?.detail
  if (Array.isArray(detail)) {
    const errors: Record<string, string> = {}
    for (const item of detail as { field?: string; message?: string }[]) {
      const field = item.field ?? ''
      if (!(field in errors)) errors[field] = item.message ?? ''
    }
    return { ok: false, message: Object.values(errors).join('；'), errors }
  }
  const message = typeof detail === 'string' ? detail : '操作未成功，请稍后重试'
  return { ok: false, message, errors: { '': message } }
}

const path = (id: string) => ({ params: { path: { application_id: id } } })

/** What of a form is worth sending: empty answers are left out (the API says they are missing). */
export function typed(values: FormValues): FormValues {
  const out: FormValues = {}
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      out[name] = value.map((item) =>
        item && typeof item === 'object' ? typed(item as FormValues) : item,
      )
    } else if (!isEmpty(value)) {
      out[name] = typeof value === 'string' ? value.trim() : value
    }
  }
  return out
}

export async function loadFormLayout(): Promise<FormsLayout> {
  const { data } = await intake.GET('/form-layout')
  return data!
}

/** What a new password must meet (注册, 找回密码), as intake checks it. */
export async function loadPasswordRules(): Promise<PasswordRules> {
  const { data } = await intake.GET('/password-rules')
  return data!
}

export async function loadUploadRules(): Promise<UploadRules> {
  const { data } = await intake.GET('/upload-rules')
  return data!
}

/** The season's submission window; null while none is set (submission is open). */
export async function loadSeason(): Promise<SeasonWindow | null> {
  const { data } = await intake.GET('/season')
  return data ?? null
}

export async function listApplications(): Promise<ApplicationBrief[]> {
  const { data } = await intake.GET('/applications')
  return data ?? []
}

export async function createApplication(): Promise<string | undefined> {
  const { data } = await intake.POST('/applications')
  return data?.id
}

export async function loadDraft(id: string): Promise<Draft> {
  const { data } = await intake.GET('/applications/{application_id}/draft', path(id))
  return data!
}

/** The progress answer, or undefined when there is none (the session ended meanwhile). */
export async function loadApplication(id: string): Promise<Application | undefined> {
  const { data } = await intake.GET('/applications/{application_id}', path(id))
  return data
}

export async function saveFormDraft(id: string, kind: string, values: FormValues) {
  const { data } = await intake.PUT('/applications/{application_id}/forms/{kind}/draft', {
    params: { path: { application_id: id, kind: kind as 'summary' } },
    body: typed(values) as Record<string, never>,
  })
  return data
}

export async function check(id: string): Promise<CheckReport | null> {
  const { data } = await intake.GET('/applications/{application_id}/check', path(id))
  return data ?? null
}

export async function diffSince(id: string, base: number): Promise<Diff | null> {
  const { data } = await intake.GET('/applications/{application_id}/diff', {
    params: { path: { application_id: id }, query: { base } },
  })
  return data ?? null
}

export async function diffBetween(id: string, base: number, target: number): Promise<Diff | null> {
  const { data } = await intake.GET('/applications/{application_id}/diff', {
    params: { path: { application_id: id }, query: { base, target } },
  })
  return data ?? null
}

export async function submit(id: string): Promise<boolean> {
  const { data } = await intake.POST('/applications/{application_id}/submit', {
    params: { path: { application_id: id }, header: { 'idempotency-key': crypto.randomUUID() } },
  })
  return data !== undefined
}

export async function withdraw(id: string): Promise<boolean> {
  const { data } = await intake.POST('/applications/{application_id}/withdraw', path(id))
  return data !== undefined
}

function fileBody(fields: Record<string, string | Blob>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return { body: form as never, bodySerializer: (body: unknown) => body as FormData }
}

/** The photo judged first (POST /photo-check: a refusal is an answer, not a failed request),
 * then, if it passes, uploaded. */
export async function uploadPhoto(
  id: string,
  file: File,
): Promise<{ ok: true; photo: PhotoStored } | Refused> {
  const judged = await intake.POST('/photo-check', fileBody({ file }))
  if (!judged.data) return refusal(judged.error)
  if (!judged.data.passed) return { ok: false, message: judged.data.verdict, errors: {} }
  const { data, error } = await intake.PUT('/applications/{application_id}/photo', {
    ...path(id),
    ...fileBody({ file }),
  })
  return data ? { ok: true, photo: data } : refusal(error)
}

export async function addScan(id: string, title: string, file: File): Promise<{ ok: true } | Refused> {
  const { data, error } = await intake.POST('/applications/{application_id}/attachments', {
    ...path(id),
    ...fileBody({ file, title }),
  })
  return data ? { ok: true } : refusal(error)
}

export async function removeScan(id: string, fileId: string): Promise<boolean> {
  const { response } = await intake.DELETE('/applications/{application_id}/attachments/{file_id}', {
    params: { path: { application_id: id, file_id: fileId } },
  })
  return response.ok
}

/** A file of the application (its `url` or `preview_url`, both under intake) as an object URL
 * the page can show: files need the applicant's token, which an <img> or <iframe> cannot send. */
export async function fetchBlobUrl(url: string): Promise<string> {
  const response = await fetch(`/api/intake${url}`, {
    headers: { Authorization: `Bearer ${session.token() ?? ''}` },
  })
  return URL.createObjectURL(await response.blob())
}

export async function logIn(idNumber: string, password: string) {
  const { data, error } = await intake.POST('/accounts/token', {
    body: { id_number: idNumber, password },
  })
  if (!data) return refusal(error)
  const me = await intake.GET('/accounts/me', {
    headers: { Authorization: `Bearer ${data.access_token}` },
  })
  if (!me.data) return refusal(me.error)
  session.begin({ token: data.access_token, expiresAt: data.expires_at, account: me.data })
  return { ok: true as const, errors: {} }
}

export function logOut(): void {
  session.end()
}

export type Registration = {
  name: string
  id_number: string
  phone: string
  phone_code: string
  email: string | null
  password: string
}

/** 注册: accepted (202) with the same message whether or not the ID number had an account. */
export async function register(body: Registration) {
  const { data, error } = await intake.POST('/accounts', { body })
  return data ? { ok: true as const, message: data.message, errors: {} } : refusal(error)
}

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

/** 修改密码: the current password, then the new one. Every earlier login ends; the answer's
 * token carries this session on. */
export async function changePassword(oldPassword: string, newPassword: string) {
  const { data, error } = await intake.POST('/accounts/password', {
    body: { old_password: oldPassword, new_password: newPassword },
  })
  if (!data) return refusal(error)
  const account = session.account.value
  if (account) session.begin({ token: data.access_token, expiresAt: data.expires_at, account })
  return { ok: true as const, errors: {} }
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
