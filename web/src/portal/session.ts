import { createClients } from '@/api/client'
import type { components } from '@/api/generated/intake'
import { createSession } from '@/shared/session'

export type Applicant = components['schemas']['AccountRead']

/** The applicant's session (申报人), from intake's token. */
export const session = createSession<Applicant>('zhicheng.portal')

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
