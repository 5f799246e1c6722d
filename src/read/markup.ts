import { decodeHTML } from 'entities';
import { warning, type Diagnostic } from '../diagnostics.ts';
import markup from './data/markup.json' with { type: 'json' };

const names = (list: string[]) => list.join('|');
const KNOWN = names([...markup.dropped.names, ...markup.blocks.names, ...markup.cells.names, ...markup.inline.names, ...markup.images.names]);
/** A tag of a known element, opening, closing or self-closing. */
const TAG = new RegExp(`</?(${KNOWN})(?=[\\s/>])[^<>]*>`, 'giu');
const DROPPED = new RegExp(`<(${names(markup.dropped.names)})(?=[\\s/>])[^<>]*>[\\s\\S]*?</\\1\\s*>|<!--[\\s\\S]*?-->`, 'giu');
const BLOCKS = new Set(markup.blocks.names);
const CELLS = new Set(markup.cells.names);
const IMAGES = new Set(markup.images.names);
/** A character reference: named (`&nbsp;`), decimal (`&#7897;`) or hexadecimal (`&#x1ED9;`). */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/giu;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu;
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/iu;
const SHORTCODE_NAMES = names(markup.shortcodes.names);
/** `[caption id="…" width="800"]`, `[gallery ids="1,2" /]`, `[/caption]`: a shortcode's tag, with attributes or closing. */
const SHORTCODE = new RegExp(`\\[(?:/(?:${SHORTCODE_NAMES})|(?:${SHORTCODE_NAMES})(?:\\s+[a-z_-]+\\s*=[^\\[\\]\\n]*|\\s*/))\\]`, 'gu');
/** `[embed]`: a bare opening tag, a shortcode's where its closing tag follows on its line. */
const BARE_SHORTCODE = new RegExp(`\\[(${SHORTCODE_NAMES})\\](?=[\\s\\S]*\\[/\\1\\])`, 'gu');

export interface MarkupResult {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * The text an HTML fragment shows, for files pasted from a CMS's source
 * view: dropped elements (scripts, styles, comments) go with their content,
 * block elements end their line, images leave their file's name on a line of
 * its own (as a Markdown image, with the words of their `alt` that describe
 * them), other tags go, and character references are decoded. Text without
 * markup is returned as it is. WordPress shortcodes' tags (`[caption …]`)
 * end their line as block elements do. Lines are kept where they were, so
 * diagnostics still point at the file's lines; only a line holding several
 * blocks (`<p>a</p><p>b</p>`) becomes several.
 */
export function markupToText(text: string, lineOffset = 0): MarkupResult {
  const first = firstMarkup(text);
  if (first === -1) return { text, diagnostics: [] };
  const kept = text.replace(DROPPED, (m) => m.replace(/[^\n]/g, ''));
  const lines = kept.split('\n').map((line) => {
    const pieces = line.replace(TAG, (tag, name: string) => replacement(tag, name.toLowerCase())).replace(BARE_SHORTCODE, '\n').replace(SHORTCODE, '\n').split('\n');
    const trimmed = pieces.map((p) => decodeHTML(p).replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
    return trimmed.length > 0 ? trimmed.join('\n') : '';
  });
  const line = lineOffset + text.slice(0, first).split('\n').length;
  return {
    text: lines.join('\n'),
    diagnostics: [warning('html-markup', `The file holds HTML markup (from line ${line}); it was read as the text the page shows. Paste what the page shows rather than its source.`, line)],
  };
}

/** Where the first tag, comment or character reference is, or -1. */
function firstMarkup(text: string): number {
  // `search` starts at 0 whatever a global expression's lastIndex.
  const found = [TAG, DROPPED, ENTITY, SHORTCODE, BARE_SHORTCODE].map((re) => text.search(re)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

function replacement(tag: string, name: string): string {
  if (BLOCKS.has(name)) return '\n';
  if (CELLS.has(name)) return ' ';
  if (IMAGES.has(name)) {
    const m = SRC.exec(tag);
    const src = m?.[1] ?? m?.[2] ?? m?.[3] ?? '';
    const file = src.startsWith('data:') ? '' : decodeHTML(src).split(/[?#]/)[0]!.split('/').pop()!;
    // `alt="Tang vật thu giữ"`: the words that describe the photo, kept as a Markdown image keeps them; one word (`x`, `image`),
    // or the file's name, describes nothing.
    const a = ALT.exec(tag);
    const alt = decodeHTML(a?.[1] ?? a?.[2] ?? '').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
    if (file && /\p{L}+\s+\p{L}/u.test(alt) && alt !== file.replace(/\.[^.]+$/, '')) return `\n![${alt}](${file})\n`;
    return file ? `\n${file}\n` : '';
  }
  return '';
}
