import { describe, expect, it } from 'vitest'

import { groupProblems } from './check'
import { fieldId } from './fields'

const forms = [
  { kind: 'summary', label: '申报简表' },
  { kind: 'roster', label: '花名册' },
]

describe('检查 grouped by form', () => {
  it('puts each problem under its form, in the forms order, with a link to its field', () => {
    const groups = groupProblems(
      [
        { form: 'roster', field: 'current_profession', message: '花名册的“现从事专业”不一致' },
        { form: null, field: 'photo', message: '尚未上传照片' },
        { form: 'summary', field: 'work_history.0.start', message: '申报简表 …' },
      ],
      forms,
      '单位信息与照片',
    )
    expect(groups.map((g) => g.label)).toEqual(['单位信息与照片', '申报简表', '花名册'])
    expect(groups[2]?.items[0]).toEqual({
      message: '花名册的“现从事专业”不一致',
      path: 'forms.roster.current_profession',
      anchor: fieldId('forms.roster.current_profession'),
    })
    expect(groups[1]?.items[0]?.path).toBe('forms.summary.work_history.0.start')
  })

  it('names a whole form by its own path', () => {
    const [group] = groupProblems([{ form: 'summary', field: '', message: '尚未填写申报简表' }], forms, '其他')
    expect(group?.items[0]?.path).toBe('forms.summary')
  })
})
