'use client'
// remark-rnn's explorer script (change a size, the worked table and the
// total follow) on every page, loaded like the self-check script: a client
// component's imports run in the browser; during server rendering it does
// nothing.
import 'remark-rnn/explorer'

export default function Explorer() {
  return null
}
