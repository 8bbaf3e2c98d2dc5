import type { components as Intake } from '@/api/generated/intake'
import type { components as Notify } from '@/api/generated/notify'
import type { components as Review } from '@/api/generated/review'

export type Account = Review['schemas']['AccountOut']
export type Organisation = Review['schemas']['OrganisationOut']
export type CaseFound = Review['schemas']['CaseLookupItem']
export type CaseTimeline = Review['schemas']['CaseTimeline']
export type BrokerState = Review['schemas']['BrokerStateOut']
export type QueueState = Review['schemas']['QueueStateOut']
export type ServiceRef = Review['schemas']['ServiceOut']
export type Notice = Notify['schemas']['NoticeOut']
export type NoticePage = Notify['schemas']['NoticePage']
export type NoticeStatus = Notify['schemas']['Status']
export type NoticeChannel = Notify['schemas']['Channel']
export type RouteOption = Review['schemas']['RouteOptionOut']
export type ApplicationFound = Intake['schemas']['ApplicationFound']
export type AuditPage = Review['schemas']['AuditPage']
export type AuditRecord = Review['schemas']['AuditRecordOut']
export type AuditAction = Review['schemas']['AuditActionOut']
export type WorkerReady = Review['schemas']['WorkerReadyOut']
