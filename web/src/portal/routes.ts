import type { RouteRecordRaw } from 'vue-router'

/** The portal's screens (申报人). `meta.public` marks those that need no login. The progress
 * page (/applications/:id) is the one every notice links to. */
export const PORTAL_ROUTES: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./views/LoginView.vue'),
    meta: { title: '登录', public: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./views/RegisterView.vue'),
    meta: { title: '注册', public: true },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('./views/ResetView.vue'),
    meta: { title: '找回密码', public: true },
  },
  {
    path: '/publicity',
    name: 'publicity',
    component: () => import('./views/PublicityView.vue'),
    meta: { title: '评审结果公示', public: true },
  },
  {
    path: '/',
    name: 'home',
    component: () => import('./views/ApplicationsView.vue'),
    meta: { title: '我的申报' },
  },
  {
    path: '/account/password',
    name: 'change-password',
    component: () => import('./views/ChangePasswordView.vue'),
    meta: { title: '修改密码' },
  },
  {
    path: '/applications/:id',
    name: 'progress',
    component: () => import('./views/ProgressView.vue'),
    meta: { title: '进度查询' },
  },
  {
    path: '/applications/:id/edit',
    name: 'draft',
    component: () => import('./views/DraftView.vue'),
    meta: { title: '申报材料' },
  },
]
