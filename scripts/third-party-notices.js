// The notices of the packages a bundle carries: each package's name, version
// and licence, with its licence text (packages sharing one text share one copy).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** `…/node_modules/@scope/name/lib/x.js` → `…/node_modules/@scope/name`. */
function packageRoot(path) {
  const at = path.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  const rest = path.slice(at + 'node_modules/'.length).split('/')
  return path.slice(0, at) + 'node_modules/' + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/')
}

function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined
}

/** Markdown listing every package whose files are among the metafile's inputs. */
export function thirdPartyNotices(root, metafile) {
  const folders = new Set()
  for (const input of Object.keys(metafile.inputs)) {
    const folder = packageRoot(input)
    if (folder && existsSync(join(root, folder, 'package.json'))) folders.add(folder)
  }

  const byText = new Map()
  for (const folder of folders) {
    const {name, version, license} = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'))
    const text = licenceText(join(root, folder)) ?? `${license} (the package ships no licence file)`
    const entry = `${name}@${version} (${license})`
    byText.set(text, [...(byText.get(text) ?? []), entry])
  }

  const sections = [...byText].map(([text, names]) => `## ${names.sort().join(', ')}\n\n\`\`\`\n${text}\n\`\`\``)
  return `# Third-party notices\n\nThe remark-rnn command (dist/cli/) bundles these packages.\n\n${sections.join('\n\n')}\n`
}
