import { matchKey } from '../vietnamese/fold.ts';
import { keyAlternatives, PhraseList } from './phrases.ts';
import chrome from './data/chrome.json' with { type: 'json' };

const { words, last, next } = chrome.seriesParts;
/** `Bài 2:`, `Kỳ 1 -`, `Bài cuối:`: a part of a series numbered before its title (folded). */
const PART = new RegExp(`^(?:${keyAlternatives(words)})\\s+(?:\\d{1,2}|${keyAlternatives(last)})\\s*[:.–—-]\\s*\\S`, 'u');
const NEXT = new PhraseList(next);

/** `Bài 2: Khi người dân làm chủ công nghệ`: a part's title, opening with its number. */
export function isSeriesPart(text: string): boolean {
  return PART.test(matchKey(text));
}

/** `Đón đọc Bài 2: Truy vết dòng tiền`, `Kỳ tới: …`: the series' next part, announced at the end of this one. */
export function announcesNextPart(text: string): boolean {
  const phrase = NEXT.prefixOf(text);
  if (!phrase) return false;
  const rest = text.slice(phrase.length).trim();
  return /^[:：]\s*\S/u.test(rest) || isSeriesPart(rest);
}
