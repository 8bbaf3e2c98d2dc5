import type { AdminArea } from '../area'
import PlaceholderView from '../PlaceholderView.vue'

const COMMITTEE_ROLES = ['mid_committee_office', 'senior_committee_office']

/** The departments' workbench (县人力社保局, 市主管部门, 市人力社保局, 省级单位, 人才交流中心 …). */
export const departmentArea: AdminArea = {
  key: 'department',
  serves: (account) =>
    account.kind === 'department' && !COMMITTEE_ROLES.includes(account.organisation?.role ?? ''),
  home: '/admin/department',
  routes: [{ path: 'department', component: PlaceholderView, meta: { title: '审核报送' } }],
  loadMenu: async () => [{ title: '审核报送', path: '/admin/department' }],
}
