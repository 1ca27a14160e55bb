// The App Router needs this file to render MDX; the course uses no custom
// components, so it passes MDX's own through.
export function useMDXComponents(components) {
  return components
}
