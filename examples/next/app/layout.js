import 'katex/dist/katex.min.css'
import SelfCheck from './self-check.js'

export const metadata = {title: 'remark-rnn example course'}

export default function Layout({children}) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
        <SelfCheck />
      </body>
    </html>
  )
}
