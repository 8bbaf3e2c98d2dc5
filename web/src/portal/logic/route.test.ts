import { describe, expect, it } from 'vitest'

import { stepStates } from './route'

describe('the route as steps', () => {
  it('marks the stages before the current one done', () => {
    expect(stepStates(3, 2, false)).toEqual(['done', 'here', 'next'])
  })
  it('has nothing done before a department holds it', () => {
    expect(stepStates(2, null, false)).toEqual(['next', 'next'])
  })
  it('has every department done once the committee has it', () => {
    expect(stepStates(2, null, true)).toEqual(['done', 'done'])
  })
})
