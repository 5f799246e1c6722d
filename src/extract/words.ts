import { toneKey } from '../vietnamese/fold.ts';

/** A word of running text, with where it stands and what separates it from the word before. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** The characters between the previous word and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{N}'’]+(?:\.[\p{L}]+)*/gu;

/**
 * The words of a text. The last text's words are kept: the entity finders
 * each split an article's whole text, one after the other.
 */
export function splitWords(text: string): readonly Word[] {
  if (text === lastSplit.text) return lastSplit.words;
  const words: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length, gap: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  lastSplit = { text, words };
  return words;
}
let lastSplit: { text: string; words: readonly Word[] } = { text: '', words: [] };

/** Compares words of a name: same capital or not, tone placement ignored (Hòa = Hoà). */
export function nameWordKey(word: string): string {
  return (/^\p{Lu}/u.test(word) ? 'U' : 'l') + toneKey(word);
}

/** Words follow each other in one phrase: only spaces between them, on one line (a name never runs on into the next paragraph). */
export function adjacent(w: Word): boolean {
  return /^[^\S\n]+$/.test(w.gap);
}
