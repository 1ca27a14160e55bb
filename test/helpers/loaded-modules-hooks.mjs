// The module hooks of loaded-modules.mjs: each ES module's URL as it loads.
import {writeSync} from 'node:fs'

export async function load(url, context, nextLoad) {
  writeSync(3, `${url}\n`)
  return nextLoad(url, context)
}
