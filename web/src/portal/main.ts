import { mountApp } from '@/shared/mount'
import { router } from './router'

mountApp(router)
