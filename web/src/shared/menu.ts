/** An entry of a screen's left menu; `badge` is a count the API answered. */
export interface MenuItem {
  title: string
  path?: string
  badge?: number
  children?: MenuItem[]
}
