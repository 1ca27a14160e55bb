import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import type {Browser, BrowserContextOptions, Page} from 'playwright-core'
import {renderToString} from 'react-dom/server'
import type {MystThemePage} from './myst-theme-article.js'
import {mystThemeArticle} from './myst-theme-article.js'
import {serveFolder} from './static-server.js'

const client = fileURLToPath(new URL('myst-theme-client.ts', import.meta.url))
const katex = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'))
let bundle: Promise<string> | undefined

/**
 * The hydration script, bundled once per test run. React's development build,
 * so that a hydration mismatch or a misused component is reported on the
 * console in words, where the tests look for it (book-theme ships the
 * production build, whose messages are minified error numbers).
 */
function clientBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [client],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"development"'}
  }).then((result) => result.outputFiles[0]!.text)
  return bundle
}

/** Page data in a script element: `<` escaped, so no text in it can end the element. */
function dataScript(data: MystThemePage): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return `<script id="myst-page-data" type="application/json">${json}</script>`
}

function document(title: string, body: string, data: MystThemePage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>`,
    // book-theme's KatexCSS link (routes/$.tsx), from the root devDependency instead of a CDN.
    '<link rel="stylesheet" href="/katex/katex.min.css">',
    // No favicon request (book-theme serves one): a 404 would be a console error.
    '<link rel="icon" href="data:,">',
    // book-theme's BlockingThemeLoader on a static site: the reader's colour scheme, before hydration.
    "<script>document.documentElement.classList.add(matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark')</script>",
    '</head>',
    '<body>',
    `<div id="myst-root">${body}</div>`,
    dataScript(data),
    '<script type="module" src="/myst-theme-client.js"></script>',
    '</body>',
    '</html>'
  ].join('\n')
}

/**
 * Serve a page of a project built with `myst build --site` as book-theme
 * shows its content: the article server-rendered with React through the
 * theme's providers and renderers (helpers/myst-theme-article.ts), hydrated in
 * the browser from the same data, next to the files mystmd copied to
 * `_build/site/public/` (anywidget modules, images) at the root-relative URLs
 * it wrote into the page, as `myst start`'s content server serves them.
 * No layout, navigation, outline, title block or theme stylesheet; `html`
 * gets the class `light` or `dark` from the reader's colour scheme
 * (playwright's `colorScheme`), as on a static book-theme site.
 * `folder` is the served folder (its `index.html` is the page).
 */
export async function mystThemeSite(
  project: {folder: string},
  slug = 'index'
): Promise<{url: string; folder: string; close(): Promise<void>}> {
  const site = join(project.folder, '_build/site')
  const page = JSON.parse(readFileSync(join(site, 'content', `${slug}.json`), 'utf8'))
  const config = JSON.parse(readFileSync(join(site, 'config.json'), 'utf8'))
  const data: MystThemePage = {page, config}
  const root = join(project.folder, '_build', `myst-theme-${slug}`)
  mkdirSync(root, {recursive: true})
  cpSync(join(site, 'public'), root, {recursive: true})
  cpSync(join(katex, 'katex.min.css'), join(root, 'katex/katex.min.css'))
  cpSync(join(katex, 'fonts'), join(root, 'katex/fonts'), {recursive: true})
  writeFileSync(join(root, 'myst-theme-client.js'), await clientBundle())
  const body = renderToString(mystThemeArticle(data))
  writeFileSync(join(root, 'index.html'), document(page.frontmatter?.title ?? slug, body, data))
  const server = await serveFolder(root)
  return {url: `${server.url}/`, folder: root, close: server.close}
}

/**
 * Open a page `mystThemeSite` serves and wait until React has hydrated it
 * (with JavaScript off, until it has loaded). `errors` collects every console
 * error and uncaught exception from then on: React reports a hydration
 * mismatch there, and AnyWidgetRenderer a module it could not load.
 */
export async function openMystThemePage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {}
): Promise<{page: Page; errors: string[]; close(): Promise<void>}> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(url)
  if (options.javaScriptEnabled !== false) await page.waitForSelector('body[data-hydrated="true"]')
  return {page, errors, close: () => context.close()}
}
