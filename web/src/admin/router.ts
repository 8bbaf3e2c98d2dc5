import { createRouter, createWebHistory } from 'vue-router'
import AdminLayout from './AdminLayout.vue'
import { AREAS, areaOf } from './areas'
import LoginView from './LoginView.vue'
import { requireLogin } from '@/shared/session'
import { onSessionExpired, session } from './session'

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/admin/login', name: 'login', component: LoginView, meta: { public: true, title: '登录' } },
    {
      path: '/admin',
      component: AdminLayout,
      children: [
        { path: '', name: 'home', redirect: () => areaOf(session.account.value)?.home ?? '/admin/login' },
        ...AREAS.flatMap((area) => area.routes),
      ],
    },
    { path: '/admin/:rest(.*)*', redirect: '/admin' },
  ],
})

requireLogin(router, session, onSessionExpired)

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? `${to.meta.title} · ` : ''
  document.title = `${title}职称申报 · 管理端`
})

