import { createRouter, createWebHistory } from 'vue-router'
import AdminLayout from './AdminLayout.vue'
import { AREAS, areaOf } from './areas'
import LoginView from './LoginView.vue'
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

router.beforeEach((to) => {
  if (to.meta.public) return true
  // a session that ran out of time while the tab was open is told as such on the login page
  const ranOut = session.loggedIn.value
  if (!session.token()) return { name: 'login', query: { ...(ranOut ? { expired: '1' } : {}), next: to.fullPath } }
  return true
})

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? `${to.meta.title} · ` : ''
  document.title = `${title}职称申报 · 管理端`
})

onSessionExpired(() => {
  const next = router.currentRoute.value.fullPath
  void router.push({ name: 'login', query: { expired: '1', next } })
})
