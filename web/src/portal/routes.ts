import type { RouteRecordRaw } from 'vue-router'
import HomeView from './HomeView.vue'

/** The portal's screens (申报人). `meta.public` marks those that need no login. */
export const PORTAL_ROUTES: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: '我的申报', public: true } },
  { path: '/login', name: 'login', component: HomeView, meta: { title: '登录', public: true } },
]
