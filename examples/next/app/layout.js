import 'katex/dist/katex.min.css'
import Explorer from './explorer.js'
import SelfCheck from './self-check.js'

export const metadata = {title: 'remark-rnn example course'}

export default function Layout({children}) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
        <SelfCheck />
        <Explorer />
      </body>
    </html>
  )
}
