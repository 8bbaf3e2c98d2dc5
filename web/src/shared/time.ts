/** Moments as every screen prints them: in China's time (the notices', the calendar's and the
 * paper's), whatever time zone the browser is set to. */
const CHINA = 'Asia/Shanghai'

const minutes = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A moment the API answered (ISO 8601), as the screens print it: 2026-03-12 09:05. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return ''
  const parts = minutes.formatToParts(new Date(value))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}
