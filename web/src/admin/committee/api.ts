import type { components } from '@/api/generated/committee'
import { unwrap } from '@/api/client'
import { save } from '@/shared/download'
import { api } from '../session'

export type CaseItem = components['schemas']['CaseItem']
export type CaseList = components['schemas']['CaseList']
export type CaseListPage = components['schemas']['CaseListPage']
export type MeetingDetail = components['schemas']['MeetingDetail']
export type MeetingSummary = components['schemas']['MeetingSummary']
export type MeetingCase = components['schemas']['MeetingCase']
export type VoteEntry = components['schemas']['VoteEntry']
export type Verdict = components['schemas']['VerdictOut']
export type SeniorCommittee = components['schemas']['SeniorCommitteeOut']
export type Batch = components['schemas']['BatchOut']
export type BatchPreview = components['schemas']['BatchPreview']
export type PublicityPage = components['schemas']['PublicityPage']
export type Objection = components['schemas']['ObjectionOut']
export type ObjectionDetail = components['schemas']['ObjectionDetail']

/** 花名册 of a batch, as the office that sent it or the senior office that receives it. */
export async function downloadRoster(batchId: string, senior = false): Promise<void> {
  const params = { path: { batch_id: batchId } }
  const blob = senior
    ? await unwrap(api.committee.GET('/senior/batches/{batch_id}/roster.xlsx', { params, parseAs: 'blob' }))
    : await unwrap(api.committee.GET('/batches/{batch_id}/roster.xlsx', { params, parseAs: 'blob' }))
  save(blob as Blob, `花名册-${batchId.slice(0, 8)}.xlsx`)
}

/** The batch's 评审表 as a PDF to print. */
export async function downloadForms(batchId: string, senior = false): Promise<void> {
  const params = { path: { batch_id: batchId } }
  const blob = senior
    ? await unwrap(api.committee.GET('/senior/batches/{batch_id}/forms.pdf', { params, parseAs: 'blob' }))
    : await unwrap(api.committee.GET('/batches/{batch_id}/forms.pdf', { params, parseAs: 'blob' }))
  save(blob as Blob, `评审表-${batchId.slice(0, 8)}.pdf`)
}

/** 得票情况 of a meeting. */
export async function downloadVotes(meetingId: string, heldOn: string): Promise<void> {
  const blob = await unwrap(
    api.committee.GET('/meetings/{meeting_id}/votes.xlsx', {
      params: { path: { meeting_id: meetingId } },
      parseAs: 'blob',
    }),
  )
  save(blob as Blob, `得票情况-${heldOn}.xlsx`)
}

export { formatTime } from '@/shared/time'
