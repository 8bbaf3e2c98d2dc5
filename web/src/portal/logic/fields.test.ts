import { describe, expect, it } from 'vitest'

import { fieldId, formOfPath, messagesByPath } from './fields'

describe('fields named by their path', () => {
  it('makes an element id from a path', () => {
    expect(fieldId('forms.comprehensive.work_history.0.start')).toBe('field-forms-comprehensive-work_history-0-start')
  })
  it('finds the form of a path', () => {
    expect(formOfPath('forms.roster.name')).toBe('roster')
    expect(formOfPath('employer.name')).toBeNull()
  })
  it('keeps the first message of each path', () => {
    expect(messagesByPath([
      { field: 'a', message: '1' },
      { field: 'a', message: '2' },
    ])).toEqual({ a: '1' })
  })
})
