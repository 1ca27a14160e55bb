/**
 * The diagram's colours: each is a CSS custom property a site may set, with
 * these defaults (GitHub's Primer palette; every text colour has at least
 * 4.5:1 contrast on the background and its box, lines and frames 3:1).
 */
export const diagramColours = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#545d68',
    line: '#57606a',
    'input-fill': '#ddf4ff',
    'input-stroke': '#0969da',
    'hidden-fill': '#fff1e5',
    'hidden-stroke': '#bc4c00',
    'output-fill': '#dafbe1',
    'output-stroke': '#1a7f37',
    'concat-fill': '#f6f8fa',
    'gate-fill': '#ffffff',
    bias: '#8250df'
  },
  dark: {
    background: '#0d1117',
    text: '#e6edf3',
    muted: '#9da7b3',
    line: '#8b949e',
    'input-fill': '#0c2d6b',
    'input-stroke': '#58a6ff',
    'hidden-fill': '#3d1d00',
    'hidden-stroke': '#f0883e',
    'output-fill': '#04260f',
    'output-stroke': '#3fb950',
    'concat-fill': '#161b22',
    'gate-fill': '#0d1117',
    bias: '#a371f7'
  }
} as const

export type DiagramColour = keyof (typeof diagramColours)['light']

/** `--rnn-diagram-text` (light) or `--rnn-diagram-dark-text`: the properties a site sets. */
function colourProperty(name: DiagramColour, scheme: 'light' | 'dark'): string {
  return `--rnn-diagram-${scheme === 'dark' ? 'dark-' : ''}${name}`
}

function scheme(name: 'light' | 'dark'): string {
  return Object.entries(diagramColours[name])
    .map(
      ([colour, value]) =>
        `--rnn-d-${colour}:var(${colourProperty(colour as DiagramColour, name)},${value})`
    )
    .join(';')
}

const root = '.rnn-diagram-svg'

/**
 * The stylesheet inside every diagram, so it looks right in any page, MDX
 * component or image file: light by default, dark under
 * `prefers-color-scheme: dark` and Docusaurus's `[data-theme='dark']`, and
 * light again under `[data-theme='light']` whatever the system prefers.
 */
export const diagramStylesheet = [
  `${root}{${scheme('light')};display:block;max-width:100%;height:auto;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}`,
  `@media (prefers-color-scheme:dark){${root}{${scheme('dark')}}}`,
  `[data-theme='dark'] ${root}{${scheme('dark')}}`,
  `[data-theme='light'] ${root}{${scheme('light')}}`,
  `${root} .rnn-d-bg{fill:var(--rnn-d-background)}`,
  `${root} text{fill:var(--rnn-d-text)}`,
  `${root} .rnn-d-muted{fill:var(--rnn-d-muted)}`,
  `${root} .rnn-d-heading{font-weight:700}`,
  `${root} .rnn-d-edge{fill:none;stroke:var(--rnn-d-line);stroke-width:1.5}`,
  `${root} .rnn-d-head{fill:var(--rnn-d-line)}`,
  `${root} .rnn-d-bias{fill:var(--rnn-d-bias)}`,
  ...(['input', 'hidden', 'output'] as const).map(
    (tone) =>
      `${root} .rnn-d-${tone}{fill:var(--rnn-d-${tone}-fill);stroke:var(--rnn-d-${tone}-stroke);stroke-width:1.5}`
  ),
  `${root} .rnn-d-concat{fill:var(--rnn-d-concat-fill);stroke:var(--rnn-d-line);stroke-width:1.5}`,
  `${root} .rnn-d-gate{fill:var(--rnn-d-gate-fill);stroke:var(--rnn-d-hidden-stroke);stroke-width:1}`
].join('\n')
