// The notices of the packages a bundle carries: each package's name, version,
// licence and copyright lines, with its licence text (one copy of each text).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** `…/node_modules/@scope/name/lib/x.js` → `…/node_modules/@scope/name`. */
function packageRoot(path) {
  const at = path.lastIndexOf('node_modules/')
  if (at === -1) return undefined
  const rest = path.slice(at + 'node_modules/'.length).split('/')
  return (
    path.slice(0, at) + 'node_modules/' + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/')
  )
}

function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined
}

const copyrightLine = /^\s*(copyright\b|\(c\)|©)/i

/** Markdown listing every package whose files are among the metafile's inputs, under `heading`. */
export function thirdPartyNotices(root, metafile, heading) {
  const folders = new Set()
  for (const input of Object.keys(metafile.inputs)) {
    const folder = packageRoot(input)
    if (folder && existsSync(join(root, folder, 'package.json'))) folders.add(folder)
  }

  // Most texts differ only in their copyright lines: one copy of each licence
  // body, under the packages (and their copyright lines) that use it.
  const byBody = new Map()
  for (const folder of [...folders].sort()) {
    const {name, version, license} = JSON.parse(
      readFileSync(join(root, folder, 'package.json'), 'utf8')
    )
    const lines = (
      licenceText(join(root, folder)) ?? `${license} (the package ships no licence file)`
    ).split('\n')
    const copyright = lines.filter((line) => copyrightLine.test(line)).map((line) => line.trim())
    const body = lines
      .filter((line) => !copyrightLine.test(line))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
    const entry = `- ${name}@${version} (${license})${copyright.length > 0 ? ': ' + copyright.join(' ') : ''}`
    // The same text wrapped differently, or under another title line, is the same text.
    const key = body.replace(/^[^\n]{0,40}licen[cs]e[^\n]{0,40}\n/i, '').replace(/\s+/g, ' ')
    const group = byBody.get(key) ?? {body, entries: []}
    group.entries.push(entry)
    byBody.set(key, group)
  }

  const sections = [...byBody.values()].map(
    ({body, entries}) => `${entries.join('\n')}\n\n\`\`\`\n${body}\n\`\`\``
  )
  return `# Third-party notices\n\n${heading}\n\n${sections.join('\n\n')}\n`
}
