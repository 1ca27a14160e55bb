import {ANY_RENDERERS} from '@myst-theme/anywidget'
import {
  ArticleProvider,
  BaseUrlProvider,
  mergeRenderers,
  ProjectProvider,
  SiteProvider,
  TabStateProvider,
  ThemeProvider,
  UiStateProvider
} from '@myst-theme/providers'
import {DEFAULT_RENDERERS, MyST} from 'myst-to-react'
import type {ComponentProps, ReactElement} from 'react'
import {createElement as h, useEffect} from 'react'

type Article = ComponentProps<typeof ArticleProvider>
type Site = ComponentProps<typeof SiteProvider>['config']

/** A page as mystmd writes it (`_build/site/content/<slug>.json`) with the site's config.json. */
export interface MystThemePage {
  page: {
    kind: Article['kind']
    frontmatter?: Article['frontmatter']
    references?: Article['references']
    mdast: ComponentProps<typeof MyST>['ast'] & object
  }
  config?: Site
}

/**
 * book-theme's renderers as far as they are on npm: myst-to-react's defaults
 * and anywidget's (book-theme adds myst-demo, mermaid, Jupyter outputs and
 * landing pages, none of which a remark-rnn page uses).
 */
export const renderers = mergeRenderers([DEFAULT_RENDERERS, ANY_RENDERERS])

/** Marks the document once React has hydrated it (renders nothing, so server and client agree). */
function Hydrated() {
  useEffect(() => {
    document.body.dataset.hydrated = 'true'
  }, [])
  return null
}

/**
 * The providers and the article book-theme wraps a page's content in
 * (packages/site Document, themes/book routes/$.tsx and ArticlePage), without
 * its navigation, outline, frontmatter block and Remix: the same tree is
 * rendered to a string on the server and hydrated in the browser.
 */
export function mystThemeArticle({page, config}: MystThemePage): ReactElement {
  // ArticlePage renders a copy of the tree (myst-common's copyNode).
  const tree = structuredClone(page.mdast)
  const article = h(
    ArticleProvider,
    {
      kind: page.kind,
      frontmatter: page.frontmatter,
      references: {...page.references, article: page.mdast} as Article['references']
    },
    h('div', {id: 'skip-to-article'}),
    h(MyST, {ast: tree}),
    h(Hydrated)
  )
  const main = h(
    'main',
    {className: 'article-grid grid-gap'},
    h(
      ProjectProvider,
      null,
      h('article', {className: 'article-grid subgrid-gap col-screen article content'}, article)
    )
  )
  // staticBuild as in `myst build --html`: the providers' own links are plain anchors.
  return h(
    ThemeProvider,
    {theme: null, setTheme: () => {}, renderers, staticBuild: true},
    h(
      BaseUrlProvider,
      {baseurl: undefined},
      h(SiteProvider, {config}, h(UiStateProvider, null, h(TabStateProvider, null, main)))
    )
  )
}
