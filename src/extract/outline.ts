import { wordCount } from './document.ts';

/**
 * What a body paragraph is in the article's outline: text; a subheading over
 * the text that follows it (`Nhanh chóng truy xét`, `1. Kết quả đạt được`);
 * or one item of a bulleted list (`- Thu giữ 5 xe máy;`). The record's
 * paragraphs stay as printed; the body's Markdown shows the outline.
 */
export type ParagraphRole = 'text' | 'heading' | 'item';

/** A body block: a paragraph's text, or a figure (null) between paragraphs. */
export type OutlineBlock = string | null;

/** A subheading is a line of a few words; a sentence that lost its stop runs longer. */
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 120;
/** The text under a subheading: a paragraph, longer than the heading by far. */
const MIN_TEXT_UNDER = 80;
/** Ends as a sentence, a clause or a question does, maybe inside a quote or a bracket: text, no heading. */
const ENDS_TEXT = /[.,;:!?…]["”’')\]]*$/u;
/** `- `, `+ `, `• `: a bullet opening a list's item. */
const BULLET = /^[-–+•·*]\s+(?=\S)/u;

/**
 * Each block's role, by its shape and its neighbours'. A heading is short,
 * opens with a capital or a number, ends with no stop, is no field (`Tội
 * danh: …`) nor a table's row, and stands between text that ended (or a
 * figure) and a paragraph of text, or a list, under it. An item has a
 * bullet, with another item next to it.
 */
export function paragraphRoles(blocks: readonly OutlineBlock[]): ParagraphRole[] {
  const bulleted = listItems(blocks);
  return blocks.map((text, i) => {
    if (text === null) return 'text';
    if (bulleted[i]) return 'item';
    // Under text that ended, or a figure: a verse's lines, one under another, head nothing.
    const previous = blocks[i - 1];
    const underText = previous === null || (typeof previous === 'string' && ENDS_TEXT.test(previous));
    return underText && headsText(text, blocks[i + 1], bulleted[i + 1] === true) ? 'heading' : 'text';
  });
}

/**
 * Which blocks are a list's items: runs of two bulleted paragraphs or more.
 * A run with a question in it is an interview's turns, each opened by a
 * dash (`- Thưa anh, …?`, `- Từ việc …`), no list.
 */
function listItems(blocks: readonly OutlineBlock[]): boolean[] {
  const items = blocks.map(() => false);
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (end < blocks.length && typeof blocks[end] === 'string' && BULLET.test(blocks[end]!)) end++;
    const run = blocks.slice(start, end) as string[];
    if (run.length >= 2 && !run.some((t) => /\?["”’]?$/u.test(t))) items.fill(true, start, end);
    start = Math.max(end, start + 1);
  }
  return items;
}

/** `list`: the next blocks are a list's items, which a heading may head as it heads text. */
function headsText(text: string, next: OutlineBlock | undefined, list: boolean): boolean {
  if (typeof next !== 'string') return false;
  if (!list && (next.length < Math.max(MIN_TEXT_UNDER, 2 * text.length) || !ENDS_TEXT.test(next))) return false;
  if (text.length > MAX_HEADING_LENGTH || wordCount(text) > MAX_HEADING_WORDS || !/^[\p{Lu}\d]/u.test(text) || ENDS_TEXT.test(text)) return false;
  // `Tội danh: Lừa đảo …`, `TP Hồ Chí Minh: 25-35°C`: a field and its value; `Không đội mũ bảo hiểm 2.310 693`: a table's row.
  return !/[:：]/u.test(text) && (text.replace(NUMBERING, '').match(/\d[\d.,/]*/gu) ?? []).length < 2;
}

/** `1. `, `II. `, `2) `: a heading's number in the outline. */
const NUMBERING = /^(?:\d{1,2}|[IVXL]{1,5})[.)]\s+/u;

/** An item's text without its bullet. */
export const withoutBullet = (text: string) => text.replace(BULLET, '');

/** How a line is marked as one of a list: a bullet (`- `), a number (`1. `, `II. `), an icon (`✅ `), or not at all (null). */
export function listMarker(text: string): 'bullet' | 'number' | 'icon' | null {
  return BULLET.test(text) ? 'bullet' : NUMBERING.test(text) ? 'number' : /^\p{Extended_Pictographic}/u.test(text) ? 'icon' : null;
}
