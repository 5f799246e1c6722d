import type { Figure } from '../record.ts';
import type { DateValue, DayMonth } from './dates.ts';
import type { Decision } from './decision.ts';
import { continuesLine, type Document } from './document.ts';
import { escapeMarkdown, figureMarker } from './markdown.ts';
import { withoutPhotoNumber } from './figures.ts';
import { creditName } from './bylines.ts';
import { paragraphRoles, withoutBullet } from './outline.ts';
import { sectionCase } from './sections.ts';

export interface Paragraph {
  text: string;
  /** File line where the paragraph starts. */
  line: number;
}

/** What the line decisions say, before record-level fields are worked out. */
export interface Draft {
  title: string | null;
  titleLine: number | null;
  /** The page's name in its trail, for a page that prints no title line (see LineFields). */
  pageTitle?: string;
  section: string | null;
  /** Where the article was written, from its dateline. */
  place?: string;
  published?: DateValue;
  updated?: DateValue;
  /** From a dateline printing day and month only. */
  dayMonth?: DayMonth;
  /** The header's date of today (see LineFields). */
  today?: DateValue;
  views: number | null;
  author: string | null;
  source: string | null;
  tags: string[];
  figures: Figure[];
  paragraphs: Paragraph[];
  /** Body blocks in order: a paragraph's index, or a figure's. */
  blocks: ({ paragraph: number } | { figure: number })[];
}

/**
 * Folds the decisions, in line order, into the article's parts. The first
 * value found for a field stands, but for a date printed again with its time
 * (`Thứ Ba, 16/07/2024` in the header, `16/07/2024 08:40` under the title).
 */
export function assemble(doc: Document, decisions: Decision[]): Draft {
  const draft: Draft = { title: null, titleLine: null, section: null, views: null, author: null, source: null, tags: [], figures: [], paragraphs: [], blocks: [] };
  /** Photos in a row still waiting for their captions: `IMG_2041.jpg`, `IMG_2045.jpg`, then a caption for each, in order. */
  let uncaptioned: Figure[] = [];
  /** The last paragraph, and whether only the site's lines have come since: a paragraph the page broke goes on after them. */
  let open: { paragraph: Paragraph; broken: boolean } | null = null;
  /** The decision before this one, about the line above it or further up. */
  let previous: Decision | undefined;
  for (const [i, d] of decisions.entries()) {
    const lastKind = previous?.kind;
    const line = doc.lines[d.line]!;
    const f = d.fields ?? {};
    if (f.title !== undefined && draft.title === null) {
      draft.title = f.title;
      draft.titleLine = line.number;
    }
    draft.pageTitle ??= f.pageTitle;
    // Every rule's section is written alike: `tin tức` and `TIN TỨC` as `Tin tức` (see sectionCase).
    draft.section ??= f.section ? sectionCase(f.section) : null;
    draft.place ??= f.place;
    draft.published = preciser(draft.published, f.published);
    draft.updated = preciser(draft.updated, f.updated);
    if (f.dayMonth && !draft.dayMonth) draft.dayMonth = f.dayMonth;
    draft.today ??= f.today;
    draft.views ??= f.views ?? null;
    // `Minh Anh` over `Hoàng Long` closing the article: writers named a line each, one byline.
    if (f.author && draft.author && d.endsArticle && previous?.endsArticle && previous.line === d.line - 1 && previous.fields?.author) draft.author = joinNames(draft.author, f.author);
    draft.author ??= f.author ?? null;
    draft.source ??= f.source ?? null;
    if (f.tags) draft.tags.push(...f.tags);

    switch (d.kind) {
      case 'image': {
        if (lastKind !== 'image') uncaptioned = [];
        // `(Ảnh: Minh Tú)` right over `IMG_3321.jpg`: the credit printed above its photo; or its caption, where the photo has
        // none of its own, above or under it (`Phó Thủ tướng kiểm tra … - Ảnh: VGP/Minh Khôi` over `pho-thu-tuong.jpg`).
        const above = lastKind === 'credit' || lastKind === 'caption' ? draft.figures[draft.figures.length - 1] : undefined;
        const captionUnder = ['caption', 'credit'].includes(decisions[i + 1]?.kind ?? '');
        if (above && above.src === null && (lastKind === 'credit' ? above.caption === '' : !f.caption && !captionUnder)) {
          above.src = f.src ?? null;
          above.caption ||= f.caption ?? '';
          above.credit ??= creditName(f.credit);
        } else addFigure(draft, { src: f.src ?? null, caption: f.caption ?? '', credit: creditName(f.credit) });
        uncaptioned.push(draft.figures[draft.figures.length - 1]!);
        break;
      }
      case 'caption': {
        // A caption under image names belongs to the first of them still without one; any other caption stands for a photo of its own.
        const open = lastKind === 'image' || lastKind === 'caption' ? uncaptioned.shift() : undefined;
        if (open) {
          open.caption = withoutPhotoNumber(f.caption ?? line.text);
          open.credit = creditName(f.credit) ?? open.credit;
        } else addFigure(draft, { src: null, caption: withoutPhotoNumber(f.caption ?? line.text), credit: creditName(f.credit) });
        break;
      }
      case 'credit': {
        const last = draft.figures[draft.figures.length - 1];
        if (last && last.credit === null && (lastKind === 'caption' || lastKind === 'image')) last.credit = creditName(f.credit);
        else addFigure(draft, { src: null, caption: '', credit: creditName(f.credit) });
        break;
      }
      case 'body': {
        const text = f.text ?? line.text;
        // `… phát hiện một nhóm đối tượng sử dụng`, a printed sheet's footer or an ad, then `ứng dụng trên điện thoại …`.
        if (open?.broken && continuesLine(open.paragraph.text, text)) {
          open.paragraph.text = `${open.paragraph.text} ${text}`;
          open.broken = false;
          break;
        }
        draft.paragraphs.push({ text, line: line.number });
        draft.blocks.push({ paragraph: draft.paragraphs.length - 1 });
        open = { paragraph: draft.paragraphs[draft.paragraphs.length - 1]!, broken: false };
        break;
      }
      default:
        break;
    }
    if (d.kind === 'chrome' && open) open.broken = true;
    else if (d.kind !== 'body') open = null;
    previous = d;
  }
  return draft;
}

/** The date found first, or the same day found again with its time. */
function preciser(first: DateValue | undefined, next: DateValue | undefined): DateValue | undefined {
  if (!first || !next) return first ?? next;
  const sameDay = first.year === next.year && first.month === next.month && first.day === next.day;
  return sameDay && first.hour === undefined && next.hour !== undefined ? next : first;
}

function addFigure(draft: Draft, figure: Figure): void {
  draft.figures.push(figure);
  draft.blocks.push({ figure: draft.figures.length - 1 });
}

/**
 * The body as Markdown: paragraphs escaped as text, subheadings as headings
 * and bulleted paragraphs as a list's items (see paragraphRoles), figure
 * markers where the photos stood.
 */
export function bodyMarkdown(draft: Pick<Draft, 'blocks' | 'paragraphs'>): string {
  const texts = draft.blocks.map((b) => ('paragraph' in b ? draft.paragraphs[b.paragraph]!.text : null));
  const roles = paragraphRoles(texts);
  const markdown = draft.blocks.map((b, i) => {
    if (!('paragraph' in b)) return figureMarker(b.figure);
    const text = texts[i]!;
    return roles[i] === 'heading' ? `## ${escapeMarkdown(text)}` : roles[i] === 'item' ? `- ${escapeMarkdown(withoutBullet(text))}` : escapeMarkdown(text);
  });
  // A list's items one a line, so that it reads as one list.
  return markdown.reduce((body, block, i) => (i === 0 ? block : `${body}${roles[i] === 'item' && roles[i - 1] === 'item' ? '\n' : '\n\n'}${block}`), '');
}

/** The writers so far and one more, once each (`Minh Anh, Hoàng Long`). */
function joinNames(names: string, more: string): string {
  const known = names.split(', ');
  return more.split(', ').reduce((all, name) => (known.includes(name) ? all : `${all}, ${name}`), names);
}
