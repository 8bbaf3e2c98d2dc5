import { createRouter, createWebHistory } from 'vue-router'
import PortalLayout from './PortalLayout.vue'
import { PORTAL_ROUTES } from './routes'
import { onSessionExpired, session } from './session'

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [{ path: '/', component: PortalLayout, children: PORTAL_ROUTES.map((r) => ({ ...r, path: r.path.replace(/^\//, '') })) }],
})

router.beforeEach((to) => {
  if (to.meta.public) return true
  // a session that ran out of time while the tab was open is told as such on the login page
  const ranOut = session.loggedIn.value
  if (session.token()) return true
  return { name: 'login', query: { ...(ranOut ? { expired: '1' } : {}), next: to.fullPath } }
})

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? `${to.meta.title} · ` : ''
  document.title = `${title}职称申报`
})

onSessionExpired(() => {
  const next = router.currentRoute.value.fullPath
  void router.push({ name: 'login', query: { expired: '1', next } })
})
