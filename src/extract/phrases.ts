import { matchKey, toneKey } from '../vietnamese/fold.ts';

const ASCII_WORD = /^[\x00-\x7f]*$/;
/** A word's letters and marks, without case, punctuation or where the tone mark sits. */
const markKey = (word: string) => toneKey(word.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, ''));
/**
 * Whether a word as printed carries the marks of a phrase's word (either tone
 * placement), or carries none (text typed without diacritics): `viện` is not
 * `viên`, though both fold to `vien`.
 */
export const printedAs = (printed: string, word: string) => printed.toLowerCase() === word.toLowerCase() || ASCII_WORD.test(printed) || markKey(printed) === markKey(word);

/**
 * A list of phrases from a data file, matched diacritic- and case-insensitively
 * on word boundaries, longest phrase first.
 */
export class PhraseList {
  private readonly keys: { phrase: string; key: string }[];
  /** The keys by their first character, longest first: rules ask of every line, so a line is tried against few. */
  private readonly byFirst = new Map<string, { phrase: string; key: string }[]>();
  private readonly whole: Set<string>;

  constructor(phrases: readonly string[]) {
    this.keys = [...new Set(phrases)]
      .map((phrase) => ({ phrase, key: matchKey(phrase) }))
      .sort((a, b) => b.key.length - a.key.length);
    for (const k of this.keys) {
      const list = this.byFirst.get(k.key[0]!);
      if (list) list.push(k);
      else this.byFirst.set(k.key[0]!, [k]);
    }
    this.whole = new Set(this.keys.map((k) => k.key));
  }

  /** The phrase the text starts with (as a whole word or words), if any. */
  prefixOf(text: string): string | null {
    const key = matchKey(text);
    for (const { phrase, key: k } of this.byFirst.get(key[0]!) ?? []) {
      if (key.startsWith(k) && isBoundary(key, k.length, k)) return phrase;
    }
    return null;
  }

  /**
   * The phrase the text starts with, as prefixOf, where the words the text
   * prints with diacritics carry the phrase's (either tone placement): so
   * `Bảo Ngọc` is a name, not `Báo …`, while `Bao Nghe An`, typed without
   * diacritics, still starts with `Báo`.
   */
  prefixAsPrinted(text: string): string | null {
    const phrase = this.prefixOf(text);
    if (!phrase) return null;
    const expected = phrase.split(/\s+/);
    const printed = text.trim().split(/\s+/).slice(0, expected.length);
    return printed.every((word, i) => printedAs(word, expected[i]!)) ? phrase : null;
  }

  /** `Chuyên mục: Pháp luật`: the phrase the text starts with, a colon right after it, and what follows the colon. */
  labelled(text: string): { label: string; value: string } | null {
    const label = this.prefixOf(text);
    const m = label ? /^\s*[:：]\s*(\S.*)$/su.exec(text.slice(label.length)) : null;
    return m ? { label: label!, value: m[1]!.trim() } : null;
  }

  /** Whether the whole text is one of the phrases. */
  equals(text: string): boolean {
    return this.whole.has(matchKey(text));
  }

  /** The first phrase found anywhere in the text on word boundaries, if any. */
  foundIn(text: string): string | null {
    const key = matchKey(text);
    for (const { phrase, key: k } of this.keys) {
      for (let at = key.indexOf(k); at !== -1; at = key.indexOf(k, at + 1)) {
        if ((at === 0 || !isWordChar(key[at - 1]!)) && isBoundary(key, at + k.length, k)) return phrase;
      }
    }
    return null;
  }
}

/**
 * Folded text keeps its length for Vietnamese letters, so offsets in the key
 * are offsets in the text. A phrase ending in punctuation ("chia sẻ:") needs no
 * boundary after it.
 */
function isBoundary(key: string, end: number, phrase: string): boolean {
  if (!isWordChar(phrase[phrase.length - 1]!)) return true;
  return end >= key.length || !isWordChar(key[end]!);
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Tin liên quan:` → `Tin liên quan`: a label without the colon after it; most lines end with none, and are not searched. */
export function withoutColon(text: string): string {
  const last = text.at(-1);
  return last === ':' || last === '：' ? text.replace(/\s*[:：]$/u, '') : text;
}

/** Removes list bullets and decoration at the start of a line. */
export function stripBullet(text: string): string {
  return text.replace(/^[\s•·●○▪■□◦►▸»>*\-–—+|]+/u, '').trim();
}

/** Removes the icons (emoji) a site prints before a label: `📰 Tin tức`. A counter's icon (`👍 12`) is its label, and stays where counters are read. */
export function withoutLeadingIcons(text: string): string {
  return text.replace(/^[\s\p{Extended_Pictographic}\uFE0F]+/u, '');
}

/** `🌟 TUỔI TRẺ RA QUÂN 🌟`: a post's heading between its icons. */
export function withoutIcons(text: string): string {
  return withoutLeadingIcons(text).replace(/[\s\p{Extended_Pictographic}\uFE0F]+$/u, '');
}

/**
 * Blanks every occurrence of the phrases in already-folded text (see
 * `foldInPlace`), keeping its length so other offsets stay valid.
 */
export function eraseWords(folded: string, phrases: readonly string[]): string {
  return blankMatches(folded, erasing(phrases));
}

/** A stretch of a text: from `start` up to `end`. */
export interface Span {
  start: number;
  end: number;
}

/** The text with spaces over the spans: blanked, so positions found in it still hold. */
export function blank(text: string, spans: Iterable<Span>): string {
  let blanked = text;
  for (const { start, end } of spans) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  return blanked;
}

/** Where a global expression matches the text. */
export function matchSpans(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with every match of a global expression blanked, keeping its length. */
export function blankMatches(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/**
 * The text where its folded copy (`blanked`, aligned with it) was not
 * blanked, spaces elsewhere: what is left of a line once the words a rule
 * knows are erased, as printed.
 */
export function unblanked(text: string, blanked: string): string {
  return text.replace(/[^]/g, (ch, i: number) => (blanked[i] === ' ' ? ' ' : ch));
}

/** The phrases' match keys as alternatives of a regular expression, longest first, for text folded by `matchKey` or `foldInPlace`. */
export function keyAlternatives(phrases: readonly string[]): string {
  return [...new Set(phrases.map((p) => matchKey(p)))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** The expression `eraseWords` uses, made once per list (lists are data, called with on every line). */
const erasers = new WeakMap<readonly string[], RegExp>();
function erasing(phrases: readonly string[]): RegExp {
  let re = erasers.get(phrases);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keyAlternatives(phrases)})(?![\\p{L}\\p{N}])`, 'gu');
    erasers.set(phrases, re);
  }
  return re;
}
