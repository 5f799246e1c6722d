import { matchKey } from '../vietnamese/fold.ts';
import { keyAlternatives, PhraseList } from './phrases.ts';
import chrome from './data/chrome.json' with { type: 'json' };

const { words, last, next, labels, maxSeriesWords } = chrome.seriesParts;
/** `Bài 2:`, `Kỳ 1 -`, `Bài cuối:`: a part of a series numbered before its title (folded). */
const PART = new RegExp(`^(?:${keyAlternatives(words)})\\s+(?:\\d{1,2}|${keyAlternatives(last)})\\s*[:.–—-]\\s*\\S`, 'u');
const NEXT = new PhraseList(next);
const LABELS = new PhraseList(labels);

/** `Bài 2`, `KỲ CUỐI`: a part's number alone on its line (folded). */
const PART_NUMBER = new RegExp(`^(?:${keyAlternatives(words)})\\s+(?:\\d{1,2}|${keyAlternatives(last)})$`, 'u');

/** `Bài 2` on a line of its own, over or under its title: the number of the part the title names. */
export function isPartNumber(text: string): boolean {
  return PART_NUMBER.test(matchKey(text));
}

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

/** `Loạt bài: Hàng giả tràn lan trên sàn thương mại điện tử`: the series' name after its label, a few words and no sentence. */
export function seriesLabelled(text: string): { label: string; name: string } | null {
  const found = LABELS.labelled(text);
  const name = found?.value.replace(/[.;]$/u, '');
  if (!found || !name || name.split(/\s+/u).length > maxSeriesWords || !/^[\p{Lu}\d"“]/u.test(name) || /[.!?]\s/u.test(name)) return null;
  return { label: found.label, name };
}
