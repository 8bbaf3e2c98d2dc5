/** Each service's API as the gateway reaches it: its answer to a probe path (`/health` today;
 * `/ready` can be one more probe), how long it took, or why it did not answer. */
export interface ProbeResult {
  service: string
  path: string
  ok: boolean
  status: number | null
  millis: number
  detail: string
}

export const PROBES = ['/health'] as const

const TIMEOUT_MS = 5000

export async function probe(service: string, path: string): Promise<ProbeResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(`/api/${service}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    const body = await response.text()
    return { service, path, ok: response.ok, status: response.status, millis: elapsed(), detail: response.ok ? '' : body.slice(0, 200) }
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return { service, path, ok: false, status: null, millis: elapsed(), detail: timedOut ? `${TIMEOUT_MS / 1000} 秒内无应答` : '无法连接' }
  }
}

/** Every probe of every service, all at once. */
export function probeAll(services: string[]): Promise<ProbeResult[]> {
  return Promise.all(services.flatMap((service) => PROBES.map((path) => probe(service, path))))
}
