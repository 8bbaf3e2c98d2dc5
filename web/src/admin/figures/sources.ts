import { unwrap } from '@/api/client'
import type { components } from '@/api/generated/review'
import { api } from '../session'

/** 统计 as every level's API answers it (review's and committee's answers have one shape). */
export type Figures = components['schemas']['FiguresOut']

/** Where one screen's figures come from: the JSON and the workbook, and the file's name. */
export interface FiguresSource {
  load: () => Promise<Figures>
  workbook: () => Promise<Blob>
  filename: string
}

const blob = (answer: Promise<unknown>): Promise<Blob> => answer as Promise<Blob>

/** A department's own figures (review). */
export const departmentFigures: FiguresSource = {
  load: () => unwrap(api.review.GET('/figures')),
  workbook: () => blob(unwrap(api.review.GET('/figures.xlsx', { parseAs: 'blob' }))),
  filename: '统计',
}

/** The province's, for the operator (review). */
export const provinceFigures: FiguresSource = {
  load: () => unwrap(api.review.GET('/admin/figures')),
  workbook: () => blob(unwrap(api.review.GET('/admin/figures.xlsx', { parseAs: 'blob' }))),
  filename: '全省统计',
}

/** A mid-committee office's (committee). */
export const officeFigures: FiguresSource = {
  load: () => unwrap(api.committee.GET('/figures')),
  workbook: () => blob(unwrap(api.committee.GET('/figures.xlsx', { parseAs: 'blob' }))),
  filename: '中评委统计',
}

/** A senior committee office's (committee). */
export const seniorFigures: FiguresSource = {
  load: () => unwrap(api.committee.GET('/senior/figures')),
  workbook: () => blob(unwrap(api.committee.GET('/senior/figures.xlsx', { parseAs: 'blob' }))),
  filename: '高评委统计',
}
