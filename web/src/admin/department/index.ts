import type { AdminArea } from '../area'
import CaseListView from './CaseListView.vue'
import CaseView from './CaseView.vue'
import FiguresView from '../figures/FiguresView.vue'
import { departmentFigures } from '../figures/sources'
import { departmentMenu } from './menu'
import MessagesView from '../messages/MessagesView.vue'

const COMMITTEE_ROLES = ['mid_committee_office', 'senior_committee_office']

/** The departments' workbench (县人力社保局, 市主管部门, 市人力社保局, 省级单位, 人才交流中心 …):
 * the notice's 待接收申报材料 / 待处理申报材料 / 已处理, the case page, and the unit's 站内消息. */
export const departmentArea: AdminArea = {
  key: 'department',
  serves: (account) =>
    account.kind === 'department' && !COMMITTEE_ROLES.includes(account.organisation?.role ?? ''),
  home: '/admin/department',
  routes: [
    // the landing page is the first list of the notice: 个人报送材料
    { path: 'department', component: CaseListView, meta: { title: '个人报送材料' } },
    { path: 'department/cases/:list', component: CaseListView, meta: { title: '申报材料' } },
    { path: 'department/case/:id', component: CaseView, meta: { title: '申报材料详情' } },
    { path: 'department/messages', component: MessagesView, meta: { title: '站内消息' } },
    { path: 'department/figures', component: FiguresView, props: { source: departmentFigures }, meta: { title: '统计' } },
  ],
  loadMenu: departmentMenu,
}
