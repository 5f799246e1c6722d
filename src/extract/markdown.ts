import type { Figure } from '../record.ts';

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

/** A figure in the body: `![caption](src "credit")`, with an empty destination when no photo survived. */
export function figureMarkdown(figure: Figure): string {
  const alt = escapeMarkdown(figure.caption);
  const src = figure.src ? `<${figure.src.replace(/[<>\\]/g, '\\$&')}>` : '';
  const credit = figure.credit ? ` "${figure.credit.replace(/["\\]/g, '\\$&')}"` : '';
  return `![${alt}](${src}${credit})`;
}
