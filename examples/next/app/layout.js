import 'katex/dist/katex.min.css'

export const metadata = {title: 'remark-rnn example course'}

export default function Layout({children}) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  )
}
