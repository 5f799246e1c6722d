import { capitalizeWords, isAllCaps } from '../vietnamese/case.ts';
import { matchKey } from '../vietnamese/fold.ts';
import { escapeRegExp, PhraseList } from './phrases.ts';
import data from './data/bylines.json' with { type: 'json' };

export interface Byline {
  author: string | null;
  source: string | null;
  /** Which form the byline took, for `inspect --explain`. */
  form: string;
}

const AUTHOR_LABELS = new PhraseList(data.authorLabels);
const SOURCE_LABELS = new PhraseList(data.sourceLabels);
const SOURCE_WORDS = new PhraseList(data.sourceWords);
const ABBREVIATIONS = new Set(data.reporterAbbreviations.map(matchKey));
const SEPARATORS = new RegExp(data.authorSeparators.map(escapeRegExp).join('|'));

/** Bylines are short; a longer line is a sentence. */
export const MAX_BYLINE_LENGTH = 90;
const MAX_NAME_WORDS = 5;
/** `TT`, `N.H`, `T.Q.V`: a reporter's initials. */
const INITIALS = /^(?:\p{Lu}\.?){1,4}$/u;
/** A word of a name: capitalised (`Hồng`), all capitals (`LÂM`), or with an apostrophe (`H'Hen`). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}+|\p{Lu}['’]\p{Lu}?\p{Ll}+)$/u;

/**
 * Reads a byline: `Tác giả: X`, `Bài, ảnh: X - Y`, `Theo Báo CAND`,
 * `Nguồn: chinhphu.vn`, `X (Công an tỉnh Y)`, `TT – Cổng thông tin …`, a bare
 * name, a name in capitals, or a reporter abbreviation like `PV`.
 * Null when the line is not a byline.
 */
export function readByline(line: string): Byline | null {
  // "(Theo Báo CAND)": a byline in brackets is still one.
  const text = /^\((.+)\)\.?$/.exec(line)?.[1]?.trim() ?? line;
  if (text.length > MAX_BYLINE_LENGTH) return null;
  const authorLabel = AUTHOR_LABELS.prefixOf(text);
  if (authorLabel) {
    const rest = afterLabel(text, authorLabel);
    // What follows must be names, so "Bài học kinh nghiệm" is not a byline.
    if (rest !== null) {
      const credited = readCredited(rest);
      if (credited) return { ...credited, form: `labelled '${authorLabel}'` };
    }
  }
  const sourceLabel = SOURCE_LABELS.prefixOf(text);
  if (sourceLabel) {
    const rest = (afterLabel(text, sourceLabel) ?? text.slice(sourceLabel.length)).trim();
    if (isSourceName(rest)) return { author: null, source: rest.replace(/[.)]$/, ''), form: `source after '${sourceLabel}'` };
  }
  const credited = readCredited(text.replace(/\.$/, ''));
  if (credited) return { ...credited, form: credited.author && credited.source ? 'author and source' : 'a name standing alone' };
  // "Phòng Tham mưu - Công an tỉnh Nghệ An": an organisation credited on its own.
  if (SOURCE_WORDS.prefixOf(text) && isSourceName(text) && !/[.!?]$/.test(text) && text.split(/\s+/).length <= MAX_SOURCE_WORDS) {
    return { author: null, source: text, form: 'an organisation standing alone' };
  }
  return null;
}

const MAX_SOURCE_WORDS = 12;

/** The text after a label and its `:`, dash or space ("By Hoang Phong"). */
function afterLabel(text: string, label: string): string | null {
  const m = /^\s*[:：\-–—]\s*|^\s+/.exec(text.slice(label.length));
  return m ? text.slice(label.length + m[0].length).trim() : null;
}

/** Names, maybe with an organisation: `A - B`, `A (Báo X)`, `TT – Cổng thông tin X`, `PV`. */
function readCredited(text: string): Omit<Byline, 'form'> | null {
  const inBrackets = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (inBrackets) {
    const names = readNames(inBrackets[1]!);
    return names ? { author: names, source: inBrackets[2]!.trim() } : null;
  }
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last && isSourceName(last) && !readName(last)) {
    const names = readNames(parts.slice(0, -1).join(', '));
    return names ? { author: names, source: last } : null;
  }
  const names = readNames(text);
  return names ? { author: names, source: null } : null;
}

/** Several names joined the ways newsrooms join them, as `A, B`. */
function readNames(text: string): string | null {
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const names = parts.map(readName);
  return parts.length > 0 && names.every((n): n is string => n !== null) ? names.join(', ') : null;
}

/** One name, as printed, or in normal case when printed in capitals. Abbreviations stay as printed. */
export function readName(text: string): string | null {
  const t = text.trim().replace(/\.$/, (m) => (INITIALS.test(text.trim()) ? m : ''));
  if (ABBREVIATIONS.has(matchKey(t)) || INITIALS.test(t)) return t;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !words.every((w) => NAME_WORD.test(w))) return null;
  if (SOURCE_WORDS.prefixOf(t)) return null;
  return isAllCaps(t) ? capitalizeWords(t) : t;
}

/** An outlet or organisation: starts with a word like Báo, Cổng thông tin, Bộ …, or is a domain name. */
function isSourceName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_BYLINE_LENGTH) return false;
  if (/^[\w-]+(\.[\w-]+)+\/?$/.test(text)) return true; // chinhphu.vn
  if (/[,;]\s*\p{Ll}/u.test(text) || /[.!?]\s+\p{Lu}/u.test(text)) return false; // a sentence
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 10;
}
