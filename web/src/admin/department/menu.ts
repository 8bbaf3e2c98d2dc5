import { unwrap } from '@/api/client'
import type { MenuItem } from '@/shared/menu'
import { api } from '../session'

export const HOME = '/admin/department/cases/personal'

export function listPath(list: string): string {
  return `/admin/department/cases/${list}`
}

/** The menu in the notice's words, each list with the count review answers now, and the unit's
 * 站内消息 with the unread count notify answers. */
export async function departmentMenu(): Promise<MenuItem[]> {
  const [groups, messages] = await Promise.all([
    unwrap(api.review.GET('/cases/menu'), { quiet: true }),
    unwrap(api.notify.GET('/messages', { params: { query: { unread: true, limit: 1 } } }), { quiet: true }).catch(
      () => null,
    ),
  ])
  const items: MenuItem[] = groups.map((group) =>
    group.lists.length === 1 && group.lists[0]!.label === group.title
      ? { title: group.title, path: listPath(group.lists[0]!.list), badge: group.lists[0]!.count }
      : {
          title: group.title,
          children: group.lists.map((entry) => ({ title: entry.label, path: listPath(entry.list), badge: entry.count })),
        },
  )
  items.push({ title: '站内消息', path: '/admin/department/messages', badge: messages?.unread ?? 0 })
  items.push({ title: '统计', path: '/admin/department/figures' })
  return items
}
