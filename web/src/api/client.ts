import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { ElMessage } from 'element-plus'
import type { paths as CommitteePaths } from './generated/committee'
import type { paths as IntakePaths } from './generated/intake'
import type { paths as NotifyPaths } from './generated/notify'
import type { paths as ReviewPaths } from './generated/review'
import { ApiError } from './errors'

export { ApiError } from './errors'

/** What a client needs from the app it serves: the token, and what to do when it has ended. */
export interface Credentials {
  token(): string | null
  expired(): void
}

function authMiddleware(credentials: Credentials): Middleware {
  return {
    onRequest({ request }) {
      const token = credentials.token()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      return request
    },
    onResponse({ request, response }) {
      // a 401 to a call made with a token means the session has ended; to a login, it does not
      if (response.status === 401 && request.headers.has('Authorization')) credentials.expired()
      return response
    },
  }
}

export interface Clients {
  intake: Client<IntakePaths>
  review: Client<ReviewPaths>
  committee: Client<CommitteePaths>
  notify: Client<NotifyPaths>
}

/** One typed client per service, all through the gateway's `/api/<service>`. */
export function createClients(credentials: Credentials, origin = ''): Clients {
  const middleware = authMiddleware(credentials)
  const make = <P extends {}>(service: string): Client<P> => {
    const client = createClient<P>({ baseUrl: `${origin}/api/${service}` })
    client.use(middleware)
    return client
  }
  return {
    intake: make<IntakePaths>('intake'),
    review: make<ReviewPaths>('review'),
    committee: make<CommitteePaths>('committee'),
    notify: make<NotifyPaths>('notify'),
  }
}

interface Answer<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The answer's data, or an ApiError (shown as a message unless `quiet`; a 401 is never shown
 * here: the session has ended and the login page says so). */
export async function unwrap<T>(call: Promise<Answer<T>>, options: { quiet?: boolean } = {}): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  const failure = new ApiError(response.status, error)
  if (!options.quiet && response.status !== 401) ElMessage.error(failure.message)
  throw failure
}
