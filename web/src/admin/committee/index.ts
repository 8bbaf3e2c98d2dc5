import type { AdminArea } from '../area'
import PlaceholderView from '../PlaceholderView.vue'

/** The committee offices (中评委办公室, 高评委办公室). */
export const committeeArea: AdminArea = {
  key: 'committee',
  serves: (account) =>
    ['mid_committee_office', 'senior_committee_office'].includes(account.organisation?.role ?? ''),
  home: '/admin/committee',
  routes: [{ path: 'committee', component: PlaceholderView, meta: { title: '评委会办公室' } }],
  loadMenu: async () => [{ title: '评委会办公室', path: '/admin/committee' }],
}
