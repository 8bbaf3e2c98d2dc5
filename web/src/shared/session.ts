import { computed, ref } from 'vue'
import type { Router } from 'vue-router'
import { createClients, type Credentials } from '@/api/client'

/** One logged-in session of one app (the portal or the workbench), kept for the browser tab. */
export interface StoredSession<A> {
  token: string
  expiresAt: string
  account: A
}

export function createSession<A>(key: string) {
  const state = ref<StoredSession<A> | null>(read())

  function read(): StoredSession<A> | null {
    const text = sessionStorage.getItem(key)
    if (!text) return null
    try {
      const stored = JSON.parse(text) as StoredSession<A>
      return new Date(stored.expiresAt) > new Date() ? stored : null
    } catch {
      return null
    }
  }

  return {
    state,
    loggedIn: computed(() => state.value !== null),
    account: computed(() => state.value?.account ?? null),
    /** The token while it lasts; past its time the session ends and `null` is answered. */
    token(): string | null {
      const current = state.value
      if (current && new Date(current.expiresAt) <= new Date()) {
        this.end()
        return null
      }
      return current?.token ?? null
    },
    begin(session: StoredSession<A>): void {
      state.value = session
      sessionStorage.setItem(key, JSON.stringify(session))
    },
    /** The account as the service answers it now, kept with the token it was asked with: an
     * answer to an older token (the session ended or began again meanwhile) changes nothing. */
    refreshAccount(askedWith: string, account: A): void {
      const current = state.value
      if (!current || current.token !== askedWith || read()?.token !== askedWith) return
      this.begin({ ...current, account })
    },
    end(): void {
      state.value = null
      sessionStorage.removeItem(key)
    },
  }
}

export type Session<A> = ReturnType<typeof createSession<A>>

/** What an app's clients need from its session: the token while it lasts, and an end told once
 * to `sayExpired`, whether the token ran out of time here or a service answered 401 to it. */
export function sessionCredentials<A>(session: Session<A>, sayExpired: () => void): Credentials {
  return {
    token: () => {
      const hadSession = session.state.value !== null
      const token = session.token()
      if (hadSession && token === null) sayExpired()
      return token
    },
    expired: () => {
      // every call in flight with the old token answers 401: the session ends once
      if (!session.state.value) return
      session.end()
      sayExpired()
    },
  }
}

/** An app's session and its API clients: a 401 to a call made with the token ends the session,
 * and `onSessionExpired` callbacks (the router's) say so to the user. */
export function createAppSession<A>(key: string) {
  const session = createSession<A>(key)
  const whenExpired: Array<() => void> = []
  const api = createClients(sessionCredentials(session, () => whenExpired.forEach((callback) => callback())))
  return {
    session,
    api,
    onSessionExpired(callback: () => void): void {
      whenExpired.push(callback)
    },
  }
}

/** Every page but the public ones needs the session: without one the router goes to the login
 * page for the page asked (`next`), saying 登录已失效 when the session ended in this tab, whether
 * its time ran out before a navigation or a service answered 401 to a call. */
export function requireLogin<A>(
  router: Router,
  session: Session<A>,
  onSessionExpired: (callback: () => void) => void,
): void {
  router.beforeEach((to) => {
    if (to.meta.public) return true
    const hadSession = session.loggedIn.value
    if (session.token()) return true
    return { name: 'login', query: { ...(hadSession ? { expired: '1' } : {}), next: to.fullPath } }
  })
  onSessionExpired(() => {
    const next = router.currentRoute.value.fullPath
    void router.push({ name: 'login', query: { expired: '1', next } })
  })
}
