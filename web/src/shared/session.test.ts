import { beforeEach, describe, expect, it } from 'vitest'
import { createSession, sessionCredentials } from './session'

const KEY = 'zhicheng.test'
const inAMinute = () => new Date(Date.now() + 60_000).toISOString()
const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString()

describe('an app session', () => {
  beforeEach(() => sessionStorage.clear())

  it('says so when its token runs out of time, once', () => {
    const session = createSession<{ name: string }>(KEY)
    let told = 0
    const credentials = sessionCredentials(session, () => (told += 1))
    session.begin({ token: 't1', expiresAt: aMinuteAgo(), account: { name: '王芳' } })
    expect(credentials.token()).toBeNull()
    expect(session.loggedIn.value).toBe(false)
    expect(sessionStorage.getItem(KEY)).toBeNull()
    expect(credentials.token()).toBeNull()
    credentials.expired() // calls already in flight answer 401 too
    expect(told).toBe(1)
  })

  it('says so once when a service answers 401 to its token', () => {
    const session = createSession<{ name: string }>(KEY)
    let told = 0
    const credentials = sessionCredentials(session, () => (told += 1))
    session.begin({ token: 't1', expiresAt: inAMinute(), account: { name: '王芳' } })
    expect(credentials.token()).toBe('t1')
    credentials.expired()
    credentials.expired()
    expect(told).toBe(1)
    expect(session.loggedIn.value).toBe(false)
  })

  it('keeps a token that is still good', () => {
    const session = createSession<{ name: string }>(KEY)
    session.begin({ token: 't1', expiresAt: inAMinute(), account: { name: '王芳' } })
    expect(session.token()).toBe('t1')
  })

  it('takes a refreshed account only for the token it was asked with', () => {
    const session = createSession<{ name: string }>(KEY)
    session.begin({ token: 't1', expiresAt: inAMinute(), account: { name: '王芳' } })
    session.refreshAccount('t1', { name: '王芳芳' })
    expect(session.account.value).toEqual({ name: '王芳芳' })
    // the tab's stored session changed meanwhile (a new login): the old answer writes nothing back
    const stored = JSON.parse(sessionStorage.getItem(KEY)!)
    sessionStorage.setItem(KEY, JSON.stringify({ ...stored, token: 't2' }))
    session.refreshAccount('t1', { name: '旧的' })
    expect(JSON.parse(sessionStorage.getItem(KEY)!).token).toBe('t2')
    expect(session.account.value).toEqual({ name: '王芳芳' })
  })
})
