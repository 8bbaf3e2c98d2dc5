/** The photo and scans of a case, fetched from intake with the session's token and shown from
 * blob: URLs of this origin (an <img> or <iframe> cannot send the token itself). */
import { session } from '../session'

export interface Material {
  url: string
  mediaType: string
}

export async function loadMaterial(path: string): Promise<Material> {
  const token = session.token()
  const response = await fetch(`/api/intake${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
  })
  if (!response.ok) throw new Error(response.status === 404 ? '材料不存在，或本部门无权查看' : `材料暂时无法打开（${response.status}）`)
  const blob = await response.blob()
  return { url: URL.createObjectURL(blob), mediaType: blob.type }
}

export function release(materials: Iterable<Material>): void {
  for (const material of materials) URL.revokeObjectURL(material.url)
}
