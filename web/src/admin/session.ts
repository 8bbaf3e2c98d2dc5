import { createClients } from '@/api/client'
import type { components } from '@/api/generated/review'
import { createSession } from '@/shared/session'

export type Account = components['schemas']['AccountOut']

/** The workbench's session: a department's, a committee office's or the operator's account. */
export const session = createSession<Account>('zhicheng.admin')

const whenExpired: Array<() => void> = []

/** Called when a service answers 401: the session is over. */
export function onSessionExpired(callback: () => void): void {
  whenExpired.push(callback)
}

export const api = createClients({
  token: () => session.token(),
  expired: () => {
    session.end()
    whenExpired.forEach((callback) => callback())
  },
})
