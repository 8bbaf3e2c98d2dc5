import type { components } from '@/api/generated/review'
import { createAppSession } from '@/shared/session'

export type Account = components['schemas']['AccountOut']

/** The workbench's session: a department's, a committee office's or the operator's account. */
export const { session, api, onSessionExpired } = createAppSession<Account>('zhicheng.admin')
