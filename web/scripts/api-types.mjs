// Generates src/api/generated/<service>.ts from openapi/<service>.json (written by
// `python -m deploy.openapi`). With --check, exits 1 when a generated file is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'

const services = ['intake', 'review', 'committee', 'notify']
const check = process.argv.includes('--check')
const root = new URL('../', import.meta.url)
const outDir = new URL('src/api/generated/', root)
await mkdir(outDir, { recursive: true })

const stale = []
for (const name of services) {
  const document = JSON.parse(await readFile(new URL(`openapi/${name}.json`, root), 'utf8'))
  const header = `// Generated from web/openapi/${name}.json by \`make api-types\`. Do not edit.\n`
  const text = header + astToString(await openapiTS(document))
  const target = new URL(`${name}.ts`, outDir)
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '')
    if (current !== text) stale.push(name)
  } else {
    await writeFile(target, text)
  }
}
if (stale.length) {
  console.error(`stale API types in web/src/api/generated/: ${stale.join(', ')}; run \`make api-types\``)
  process.exit(1)
}
