import { describe, expect, it } from 'vitest'

import { commonFrom, differsFromCommon, setCommon, type FormsValues } from './shared'

const profession = { name: 'current_profession', forms: ['summary', 'comprehensive', 'review', 'roster'] }
const education = { name: 'education', forms: ['summary', 'roster'] }

describe('fields the forms share, typed once', () => {
  it('fills every form that carries the field', () => {
    const forms: FormsValues = { summary: {}, review: {} }
    const changed = setCommon(forms, profession, '建筑工程施工', undefined)
    expect(changed).toEqual(['summary', 'comprehensive', 'review', 'roster'])
    expect(forms.roster?.current_profession).toBe('建筑工程施工')
    expect(setCommon(forms, education, '大学本科', undefined)).toEqual(['summary', 'roster'])
    expect(forms.review?.education).toBeUndefined()
  })

  it('keeps a value the applicant typed differently on one form', () => {
    const forms: FormsValues = {}
    setCommon(forms, profession, '建筑工程施工', undefined)
    forms.roster!.current_profession = '建筑施工'
    const changed = setCommon(forms, profession, '建筑工程管理', '建筑工程施工')
    expect(changed).toEqual(['summary', 'comprehensive', 'review'])
    expect(forms.roster?.current_profession).toBe('建筑施工')
    const common = commonFrom(forms, [profession])
    expect(common.current_profession).toBe('建筑工程管理')
    expect(differsFromCommon(forms.roster!, common, 'current_profession')).toBe(true)
    expect(differsFromCommon(forms.summary!, common, 'current_profession')).toBe(false)
  })

  it('takes the common value from the first form that has one', () => {
    expect(commonFrom({ review: { education: 'x' }, roster: { education: '本科' } }, [education])).toEqual({
      education: '本科',
    })
    expect(commonFrom({}, [education])).toEqual({ education: undefined })
  })
})
