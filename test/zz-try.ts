import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import remarkRnn from '../src/index.js'

const doc = `:::rnn{inputs=4 unit=5 outputs="3" #a .b cell='lstmm'}\n:::\n\nSome :rnn[total=68]{inputs=4 units=5} text.\n`
const p = unified().use(remarkParse).use(remarkDirective).use(remarkRnn)
const tree = p.parse(doc)
const dir = (tree as any).children[0]
console.log(
  JSON.stringify(
    dir.data.rnnPlaces.attributes.map((a: any) => [
      a.name,
      doc.slice(a.nameAt.start.offset, a.nameAt.end.offset),
      a.valueAt && doc.slice(a.valueAt.start.offset, a.valueAt.end.offset),
      doc.slice(a.attributeAt.start.offset, a.attributeAt.end.offset),
      a.raw
    ])
  )
)
const inl = (tree as any).children[1].children[1]
console.log(
  inl.data.rnnPlaces.label,
  doc.slice(inl.data.rnnPlaces.label.at.start.offset, inl.data.rnnPlaces.label.at.end.offset)
)
