import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkHtml from 'remark-html';
import { readFigureMarker } from '../extract/markdown.ts';
import type { Figure } from '../record.ts';
import { escapeHtml } from './html.ts';
import type { Picture } from './pictures.ts';
import { text, type Strings } from './strings.ts';

// remark-html sanitises by default (GitHub's schema): raw HTML, scripts, event
// handlers and javascript: URLs in a body are dropped, never passed through.
const markdownToHtml = unified().use(remarkParse).use(remarkHtml);

/** A figure marker standing as its own paragraph: `![](#figure-2)`. */
const MARKER_LINE = /^!\[\]\((#figure-\d+)\)$/;

/**
 * The body's Markdown as HTML. Text goes through unified (remark-parse,
 * remark-html, sanitised); each figure marker becomes a `<figure>` built from
 * the record's figure, its caption and credit escaped.
 */
export function renderBody(markdown: string, figures: readonly Figure[], strings: Strings, pictures: readonly (Picture | null)[] = []): string {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) out.push(String(markdownToHtml.processSync(text)).trim());
    text = '';
  };
  for (const block of markdown.split(/\n{2,}/)) {
    const marker = MARKER_LINE.exec(block.trim());
    const at = marker ? (readFigureMarker(marker[1]!) ?? -1) : -1;
    const figure = figures[at];
    if (figure) {
      flush();
      out.push(renderFigure(figure, strings, pictures[at] ?? null));
    } else text += `${block}\n\n`;
  }
  flush();
  return out.join('\n');
}

/** An article body to render: its Markdown, its figures and their photos. */
export interface BodyJob {
  markdown: string;
  figures: readonly Figure[];
  pictures: readonly (Picture | null)[];
}

export function renderBodyJob(job: BodyJob, strings: Strings): string {
  return renderBody(job.markdown, job.figures, strings, job.pictures);
}

/** Renders article bodies, in order: in place, or elsewhere (see build/render.ts). */
export type BodyRenderer = (jobs: BodyJob[], strings: Strings) => Promise<string[]>;

export const bodiesInPlace: BodyRenderer = async (jobs, strings) => jobs.map((job) => renderBodyJob(job, strings));

/**
 * A figure: the photo when one was found and could be read (responsive
 * `<picture>`, alt from the caption), otherwise a captioned placeholder,
 * never a broken image.
 */
export function renderFigure(figure: Figure, strings: Strings, picture: Picture | null = null): string {
  const credit = figure.credit ? ` <span class="credit">${escapeHtml(text(strings, 'photoCredit', { credit: figure.credit }))}</span>` : '';
  const caption = figure.caption || figure.credit ? `<figcaption>${escapeHtml(figure.caption)}${credit}</figcaption>` : '';
  if (picture) return `<figure class="figure">${picture.html}${caption}</figure>`;
  return `<figure class="figure figure--missing"><div class="figure__placeholder" role="img" aria-label="${escapeHtml(figure.caption || text(strings, 'photoMissing'))}"></div>${caption}</figure>`;
}
