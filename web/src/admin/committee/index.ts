import type { RouteRecordRaw } from 'vue-router'
import { unwrap } from '@/api/client'
import type { MenuItem } from '@/shared/menu'
import type { AdminArea } from '../area'
import { officeFigures, seniorFigures } from '../figures/sources'
import { api, session } from '../session'

const MID = 'mid_committee_office'
const SENIOR = 'senior_committee_office'

const routes: RouteRecordRaw[] = [
  { path: 'committee', redirect: () => (session.account.value?.organisation?.role === SENIOR ? '/admin/committee/senior/pending' : '/admin/committee/receipt') },
  { path: 'committee/case/:id', component: () => import('./CaseView.vue'), meta: { title: '申报材料详情' } },
  {
    path: 'committee/senior/batches/:batch/cases/:id',
    component: () => import('./CaseView.vue'),
    props: { senior: true },
    meta: { title: '申报材料详情' },
  },
  { path: 'committee/receipt', component: () => import('./ReceiptView.vue'), meta: { title: '待接收材料' } },
  { path: 'committee/meetings', component: () => import('./MeetingsView.vue'), meta: { title: '中评委意见' } },
  { path: 'committee/meetings/:id', component: () => import('./MeetingView.vue'), meta: { title: '中评委意见' } },
  { path: 'committee/selection', component: () => import('./SelectionView.vue'), meta: { title: '高评委设置' } },
  { path: 'committee/publicity', component: () => import('./PublicityView.vue'), meta: { title: '公示与异议' } },
  { path: 'committee/sending', component: () => import('./SendingView.vue'), meta: { title: '待网上送审' } },
  { path: 'committee/sent', component: () => import('./SentView.vue'), meta: { title: '已送审' } },
  {
    path: 'committee/senior/pending',
    component: () => import('./SeniorBatchesView.vue'),
    props: { received: false },
    meta: { title: '待接收送审批次' },
  },
  {
    path: 'committee/senior/received',
    component: () => import('./SeniorBatchesView.vue'),
    props: { received: true },
    meta: { title: '已接收送审批次' },
  },
  { path: 'committee/messages', component: () => import('../messages/MessagesView.vue'), meta: { title: '站内消息' } },
  { path: 'committee/figures', component: () => import('../figures/FiguresView.vue'), props: { source: officeFigures }, meta: { title: '统计' } },
  { path: 'committee/senior/figures', component: () => import('../figures/FiguresView.vue'), props: { source: seniorFigures }, meta: { title: '统计' } },
]

/** The office's 站内消息 with the unread count notify answers (异议 to its 公示 come there). */
async function messagesItem(): Promise<MenuItem> {
  const page = await unwrap(api.notify.GET('/messages', { params: { query: { unread: true, limit: 1 } } }), {
    quiet: true,
  }).catch(() => null)
  return { title: '站内消息', path: '/admin/committee/messages', badge: page?.unread ?? 0 }
}

async function midMenu(): Promise<MenuItem[]> {
  const [counts, objections, messages] = await Promise.all([
    unwrap(api.committee.GET('/cases/counts'), { quiet: true }),
    unwrap(api.committee.GET('/objections', { params: { query: { decided: false } } }), { quiet: true }),
    messagesItem(),
  ])
  return [
    {
      title: '待接收申报材料',
      children: [{ title: '待接收材料', path: '/admin/committee/receipt', badge: counts.pending_receipt }],
    },
    {
      title: '待处理申报材料',
      children: [
        { title: '中评委意见', path: '/admin/committee/meetings', badge: (counts.received ?? 0) + (counts.voting ?? 0) },
        { title: '高评委设置', path: '/admin/committee/selection', badge: counts.selection },
        { title: '公示与异议', path: '/admin/committee/publicity', badge: objections.length },
        { title: '待网上送审', path: '/admin/committee/sending', badge: counts.sending },
      ],
    },
    { title: '已送审', path: '/admin/committee/sent', badge: counts.sent },
    messages,
    { title: '统计', path: '/admin/committee/figures' },
  ]
}

async function seniorMenu(): Promise<MenuItem[]> {
  const [pending, messages] = await Promise.all([
    unwrap(api.committee.GET('/senior/batches', { params: { query: { received: false } } }), { quiet: true }),
    messagesItem(),
  ])
  return [
    { title: '待接收送审批次', path: '/admin/committee/senior/pending', badge: pending.length },
    { title: '已接收送审批次', path: '/admin/committee/senior/received' },
    messages,
    { title: '统计', path: '/admin/committee/senior/figures' },
  ]
}

/** The committee offices: the mid-committee office's screens (中评委办公室) and the senior
 * committee office's receipt (高评委办公室). */
export const committeeArea: AdminArea = {
  key: 'committee',
  serves: (account) => [MID, SENIOR].includes(account.organisation?.role ?? ''),
  home: '/admin/committee',
  routes,
  loadMenu: () => (session.account.value?.organisation?.role === SENIOR ? seniorMenu() : midMenu()),
}
