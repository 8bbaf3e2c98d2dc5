/** A moment the API answered (ISO 8601), as the screens print it: 2026-03-12 09:05. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return ''
  const moment = new Date(value)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`
}
