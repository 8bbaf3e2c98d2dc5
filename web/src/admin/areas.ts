import type { AdminArea } from './area'
import { committeeArea } from './committee'
import { departmentArea } from './department'
import { operatorArea } from './operator'
import type { Account } from './session'

export const AREAS: AdminArea[] = [departmentArea, committeeArea, operatorArea]

export function areaOf(account: Account | null): AdminArea | undefined {
  return account ? AREAS.find((area) => area.serves(account)) : undefined
}
