import { computed, ref } from 'vue'
import { createClients } from '@/api/client'

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
    end(): void {
      state.value = null
      sessionStorage.removeItem(key)
    },
  }
}

export type Session<A> = ReturnType<typeof createSession<A>>

/** An app's session and its API clients: a 401 to a call made with the token ends the session,
 * and `onSessionExpired` callbacks (the router's) say so to the user. */
export function createAppSession<A>(key: string) {
  const session = createSession<A>(key)
  const whenExpired: Array<() => void> = []
  const api = createClients({
    token: () => session.token(),
    expired: () => {
      // every call in flight with the old token answers 401: the session ends once
      if (!session.state.value) return
      session.end()
      whenExpired.forEach((callback) => callback())
    },
  })
  return {
    session,
    api,
    onSessionExpired(callback: () => void): void {
      whenExpired.push(callback)
    },
  }
}
