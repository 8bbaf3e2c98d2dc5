import type { components } from '@/api/generated/intake'
import { createAppSession } from '@/shared/session'

export type Applicant = components['schemas']['AccountRead']

/** The applicant's session (申报人), from intake's token. */
export const { session, api, onSessionExpired } = createAppSession<Applicant>('zhicheng.portal')
