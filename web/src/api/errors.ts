/** The services' one error shape: `{"detail": "中文"}`, or for a form
 * `{"detail": [{"field", "in", "message", "type"}]}`; some answers add facts beside it
 * (a 409 carries the case as it stands now). */
export interface FieldError {
  field: string
  in?: string
  message: string
  type?: string
}

export class ApiError extends Error {
  readonly status: number
  readonly fields: FieldError[]
  readonly body: unknown

  constructor(status: number, body: unknown) {
    const { message, fields } = describeError(status, body)
    super(message)
    this.status = status
    this.fields = fields
    this.body = body
  }

  /** The message for one field (e.g. `employer.region_code`), if the answer named it. */
  forField(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message
  }
}

const FALLBACK: Record<number, string> = {
  400: '请求有误',
  401: '登录已失效，请重新登录',
  403: '该账号无权进行此操作',
  404: '没有找到，或无权查看',
  409: '已由他人处理，请查看最新状态',
  413: '内容过大',
  422: '填写的内容有误',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'message' in value
}

export function describeError(status: number, body: unknown): { message: string; fields: FieldError[] } {
  const detail = typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : undefined
  if (typeof detail === 'string' && detail) return { message: detail, fields: [] }
  if (Array.isArray(detail)) {
    const fields = detail.filter(isFieldError)
    const message = fields.map((f) => (f.field ? `${f.field}：${f.message}` : f.message)).join('；')
    return { message: message || FALLBACK[422]!, fields }
  }
  if (isFieldError(detail)) return { message: detail.message, fields: [] }
  return { message: FALLBACK[status] ?? `服务出错（${status}），请稍后再试`, fields: [] }
}
