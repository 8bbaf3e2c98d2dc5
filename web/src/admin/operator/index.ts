import type { RouteRecordRaw } from 'vue-router'
import { unwrap } from '@/api/client'
import type { MenuItem } from '@/shared/menu'
import type { AdminArea } from '../area'
import { provinceFigures } from '../figures/sources'
import { api } from '../session'
import './console.css'

const routes: RouteRecordRaw[] = [
  { path: 'operator', redirect: '/admin/operator/accounts' },
  { path: 'operator/accounts', component: () => import('./AccountsView.vue'), meta: { title: '账号管理' } },
  { path: 'operator/directory', component: () => import('./DirectoryView.vue'), meta: { title: '组织机构' } },
  { path: 'operator/notices', component: () => import('./NoticesView.vue'), meta: { title: '通知' } },
  { path: 'operator/lookup', component: () => import('./LookupView.vue'), meta: { title: '申报查询' } },
  { path: 'operator/system', component: () => import('./SystemView.vue'), meta: { title: '系统状态' } },
  { path: 'operator/audit', component: () => import('./AuditView.vue'), meta: { title: '操作记录' } },
  { path: 'operator/season', component: () => import('./SeasonView.vue'), meta: { title: '申报年度' } },
  {
    path: 'operator/figures',
    component: () => import('../figures/FiguresView.vue'),
    props: { source: provinceFigures },
    meta: { title: '统计' },
  },
  { path: 'operator/overdue', component: () => import('./OverdueView.vue'), meta: { title: '超期催办' } },
]

/** The menu; 通知 carries the count of failed notices notify answers now. */
async function operatorMenu(): Promise<MenuItem[]> {
  const page = await unwrap(api.notify.GET('/notices', { params: { query: { status: 'failed', limit: 1 } } }), {
    quiet: true,
  }).catch(() => null)
  return [
    { title: '账号管理', path: '/admin/operator/accounts' },
    { title: '组织机构', path: '/admin/operator/directory' },
    { title: '通知', path: '/admin/operator/notices', badge: page?.counts.failed ?? 0 },
    { title: '申报查询', path: '/admin/operator/lookup' },
    { title: '申报年度', path: '/admin/operator/season' },
    { title: '统计', path: '/admin/operator/figures' },
    { title: '超期催办', path: '/admin/operator/overdue' },
    { title: '操作记录', path: '/admin/operator/audit' },
    { title: '系统状态', path: '/admin/operator/system' },
  ]
}

/** The operator's console (系统管理员): accounts, the organisation directory, notices, where an
 * application is, and the health of the services and their queues. */
export const operatorArea: AdminArea = {
  key: 'operator',
  serves: (account) => account.kind === 'admin',
  home: '/admin/operator/accounts',
  routes,
  loadMenu: operatorMenu,
}
