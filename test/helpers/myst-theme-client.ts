// The browser half of helpers/myst-theme.ts, bundled by esbuild: hydrates the
// server-rendered article from the same page data, as book-theme's
// entry.client.tsx does (StrictMode, a transition, once the browser is idle).
import {createElement as h, StrictMode, startTransition} from 'react'
import {hydrateRoot} from 'react-dom/client'
import type {MystThemePage} from './myst-theme-article.js'
import {mystThemeArticle} from './myst-theme-article.js'

const data: MystThemePage = JSON.parse(document.getElementById('myst-page-data')!.textContent!)

function hydrate() {
  startTransition(() => {
    hydrateRoot(document.getElementById('myst-root')!, h(StrictMode, null, mystThemeArticle(data)))
  })
}

if (window.requestIdleCallback) window.requestIdleCallback(hydrate)
else window.setTimeout(hydrate, 1)
