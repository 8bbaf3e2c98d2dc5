import { describe, expect, it } from 'vitest'
import { formatTime } from './time'

describe('formatTime', () => {
  it('prints a moment in China time, to the minute', () => {
    expect(formatTime('2026-12-02T07:35:52Z')).toBe('2026-12-02 15:35')
    expect(formatTime('2026-12-31T16:30:00+00:00')).toBe('2027-01-01 00:30')
  })
  it('prints nothing for no moment', () => {
    expect(formatTime(null)).toBe('')
    expect(formatTime(undefined)).toBe('')
  })
})
