/** Each service's API as the gateway reaches it: its answer to a probe path (`/health`: the
 * process lives; `/ready`: its own checks of its database, broker and migrations), how long it
 * took, or why it did not answer. */
export interface ReadyCheck {
  name: string
  ok: boolean
  detail: string
}

export interface ProbeResult {
  service: string
  path: string
  ok: boolean
  status: number | null
  millis: number
  detail: string
  checks: ReadyCheck[]
}

export const PROBES = ['/health', '/ready'] as const

/** `/ready` answers its checks in one shape, 200 or 503 alike (shared/readiness.py). */
function readyChecks(body: string): ReadyCheck[] {
  try {
    const parsed: unknown = JSON.parse(body)
    const checks = (parsed as { checks?: unknown }).checks
    return Array.isArray(checks) ? (checks as ReadyCheck[]) : []
  } catch {
    return []
  }
}

const TIMEOUT_MS = 5000

export async function probe(service: string, path: string): Promise<ProbeResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(`/api/${service}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    const body = await response.text()
    const checks = path === '/ready' ? readyChecks(body) : []
    const detail = response.ok || checks.length ? '' : body.slice(0, 200)
    return { service, path, ok: response.ok, status: response.status, millis: elapsed(), detail, checks }
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    const detail = timedOut ? `${TIMEOUT_MS / 1000} 秒内无应答` : '无法连接'
    return { service, path, ok: false, status: null, millis: elapsed(), detail, checks: [] }
  }
}

/** Every probe of every service, all at once. */
export function probeAll(services: string[]): Promise<ProbeResult[]> {
  return Promise.all(services.flatMap((service) => PROBES.map((path) => probe(service, path))))
}
