// lezer ships a grammar's parse tables as strings in its own compact
// encoding, which `LRParser.deserialize` decodes in a JavaScript loop when
// the grammar is imported: for Python about 60,000 values, some 15 ms of a
// cold start (a third of what `remark-rnn count model.py` adds to
// `count --inputs=…`). `deserialize` takes the tables already decoded as well,
// so the bundled grammar carries them as the bytes of their typed arrays
// (base64), which Node's Buffer (the browser's atob) decodes natively.
import {parser as reference} from '@lezer/python'

/** The decoded tables, read from lezer's own decoding of the grammar, by the name `deserialize` takes them under. */
function decodedTables(parser) {
  const group = parser.tokenizers.find((tokenizer) => ArrayBuffer.isView(tokenizer.data))
  return {
    states: parser.states,
    stateData: parser.data,
    goto: parser.goto,
    tokenData: group?.data
  }
}

/** Bytes little-endian, whatever the machine. */
function base64(array) {
  const bytes = Buffer.alloc(array.length * array.BYTES_PER_ELEMENT)
  for (const [index, value] of array.entries()) {
    if (array.BYTES_PER_ELEMENT === 4) bytes.writeUInt32LE(value, index * 4)
    else bytes.writeUInt16LE(value, index * 2)
  }
  return bytes.toString('base64')
}

/** Read at import by the grammar's module: the typed array of the base64 bytes (copied, so aligned). */
const decoder = `const __lezerTable = (text, Type) => {
  const bytes = typeof Buffer === 'function' ? new Uint8Array(Buffer.from(text, 'base64')) : Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return new Type(bytes.buffer);
  const view = new DataView(bytes.buffer);
  return Type.from({length: bytes.length / Type.BYTES_PER_ELEMENT}, (_, index) => Type === Uint32Array ? view.getUint32(index * 4, true) : view.getUint16(index * 2, true));
};
`

/** @lezer/python's module text with its tables already decoded; throws unless it found all four. */
export function withDecodedTables(source, path) {
  const tables = decodedTables(reference)
  let replaced = 0
  const text = source.replace(
    /\b(states|stateData|goto|tokenData): "(?:[^"\\]|\\.)*"/g,
    (_, name) => {
      const table = tables[name]
      if (!table) return _
      replaced++
      return `${name}: __lezerTable(${JSON.stringify(base64(table))}, ${table.constructor.name})`
    }
  )
  if (replaced !== 4) throw new Error(`expected 4 parse tables in ${path}, found ${replaced}`)
  return decoder + text
}

/** Fail unless the built grammar's tables are exactly lezer's own. */
export async function checkGrammarTables(file) {
  const {parser} = await import(`${file}?check`)
  const built = decodedTables(parser)
  for (const [name, table] of Object.entries(decodedTables(reference))) {
    const same =
      built[name]?.constructor === table.constructor &&
      built[name].length === table.length &&
      built[name].every((value, index) => value === table[index])
    if (!same) throw new Error(`the bundled grammar's ${name} table differs from lezer's`)
  }
}
