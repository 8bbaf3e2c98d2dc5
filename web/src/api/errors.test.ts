import { describe, expect, it } from 'vitest'
import { ApiError, describeError } from './errors'

describe('describeError', () => {
  it('uses a Chinese detail as it is', () => {
    expect(describeError(403, { detail: '该账号无权访问审核报送' }).message).toBe('该账号无权访问审核报送')
  })

  it('names every field of a 422', () => {
    const body = {
      detail: [
        { field: 'employer.region_code', in: 'body', message: '没有这个地区', type: 'value_error' },
        { field: 'name', in: 'body', message: '不能为空', type: 'string_too_short' },
      ],
    }
    const { message, fields } = describeError(422, body)
    expect(message).toBe('employer.region_code：没有这个地区；name：不能为空')
    expect(fields).toHaveLength(2)
  })

  it('falls back to a Chinese sentence for a bare status', () => {
    expect(describeError(503, null).message).toBe('服务暂时不可用，请稍后再试')
    expect(describeError(500, 'oops').message).toBe('服务出错（500），请稍后再试')
  })
})

describe('ApiError', () => {
  it('finds the message of one field', () => {
    const error = new ApiError(422, { detail: [{ field: 'phone', message: '手机号码格式不正确' }] })
    expect(error.forField('phone')).toBe('手机号码格式不正确')
    expect(error.forField('email')).toBeUndefined()
    expect(error.status).toBe(422)
  })
})
