'use client'
// remark-rnn's self-check script (Check, the announced feedback) on every
// page. A client component's imports run in the browser, where the script
// listens on the document; during server rendering it does nothing.
import 'remark-rnn/self-check'

export default function SelfCheck() {
  return null
}
