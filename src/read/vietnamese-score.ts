import data from './data/syllables.json' with { type: 'json' };

/**
 * How Vietnamese a decoded text looks: the share of its words with a mark
 * that are well-formed Vietnamese syllables. A legacy file decoded with the
 * wrong table scatters symbols (µ, ¸, ¬) and impossible letter sequences
 * through its words; decoded right, nearly every marked word is a syllable.
 */
const alternatives = (parts: readonly string[]) => [...parts].sort((a, b) => b.length - a.length).join('|');
/** A syllable's letters without its tone mark (see data/syllables.json). */
const SYLLABLE = new RegExp(`^(?:${alternatives(data.initials)})?(?:${alternatives(data.vowels)})(?:${alternatives(data.finals)})?$`, 'u');
/** The five tone marks, as combining characters. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export function vietnameseScore(text: string): number {
  const words = text.normalize('NFC').toLowerCase().split(/\s+/).filter((w) => /[^\x00-\x7f]/.test(w));
  if (words.length === 0) return 0;
  const good = words.filter((w) => isSyllable(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))).length;
  return good / words.length;
}

/** One tone mark at most, on letters a syllable spells. */
function isSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  if ((decomposed.match(TONES)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}
