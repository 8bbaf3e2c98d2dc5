import type { AdminArea } from '../area'
import PlaceholderView from '../PlaceholderView.vue'

/** The operator's console (系统管理员). */
export const operatorArea: AdminArea = {
  key: 'operator',
  serves: (account) => account.kind === 'admin',
  home: '/admin/operator',
  routes: [{ path: 'operator', component: PlaceholderView, meta: { title: '系统管理' } }],
  loadMenu: async () => [{ title: '系统管理', path: '/admin/operator' }],
}
