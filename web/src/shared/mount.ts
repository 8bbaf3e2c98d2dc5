import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import { createApp } from 'vue'
import type { Router } from 'vue-router'
import { ApiError } from '@/api/errors'
import AppRoot from './AppRoot.vue'
import './base.css'

/** Mounts one entry point (the portal or the 管理端): Element Plus in Chinese, its router. */
export function mountApp(router: Router): void {
  const app = createApp(AppRoot).use(ElementPlus, { locale: zhCn }).use(router)
  // a 401 has ended the session and the login page says so: the calls it cut short are no error
  const endedSession = (error: unknown) => error instanceof ApiError && error.status === 401
  app.config.errorHandler = (error) => {
    if (!endedSession(error)) console.error(error)
  }
  window.addEventListener('unhandledrejection', (event) => {
    if (endedSession(event.reason)) event.preventDefault()
  })
  app.mount('#app')
}
