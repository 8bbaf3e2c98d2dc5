import { createRouter, createWebHistory } from 'vue-router'
import PortalLayout from './PortalLayout.vue'
import { PORTAL_ROUTES } from './routes'
import { requireLogin } from '@/shared/session'
import { onSessionExpired, session } from './session'

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [{ path: '/', component: PortalLayout, children: PORTAL_ROUTES.map((r) => ({ ...r, path: r.path.replace(/^\//, '') })) }],
})

requireLogin(router, session, onSessionExpired)

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? `${to.meta.title} · ` : ''
  document.title = `${title}职称申报`
})

