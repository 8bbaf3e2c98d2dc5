import type { RouteRecordRaw } from 'vue-router'
import type { MenuItem } from '@/shared/menu'
import type { Account } from './session'

/** One kind of 管理端 user's part of the workbench: its screens and its menu. */
export interface AdminArea {
  key: string
  /** Whether this area is the logged-in account's. */
  serves(account: Account): boolean
  /** Child routes under /admin/ (paths relative, e.g. `department/cases/personal`). */
  routes: RouteRecordRaw[]
  /** Where the account lands after logging in. */
  home: string
  /** The left menu, with the counts the API answers now. */
  loadMenu(): Promise<MenuItem[]>
}
