/**
 * Article text goes into Markdown as text: every character Markdown would
 * read as syntax (emphasis, links, HTML, entities, list and heading markers)
 * is escaped, so a paragraph renders exactly as printed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&{}|~]/g, '\\$&')
    .replace(/^(\s*)([#>+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s|$)/, '$1\\$2$3');
}

/**
 * Where a figure stood in the body: a Markdown image pointing at the record's
 * `figures` entry (`![](#figure-2)` for the second). The caption and credit
 * live in `figures` only, so the body holds the article's text and nothing
 * else; the renderer puts the figure there. Escaped paragraph text can never
 * form this marker.
 */
export function figureMarker(position: number): string {
  return `![](#figure-${position + 1})`;
}

/** The figure position a body marker points at, or null. */
export function readFigureMarker(url: string): number | null {
  const m = /^#figure-(\d+)$/.exec(url);
  return m ? Number(m[1]) - 1 : null;
}
