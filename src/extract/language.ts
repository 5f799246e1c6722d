import { foldVietnamese } from '../vietnamese/fold.ts';

/**
 * Vietnamese text marks most syllables (ả, ư, đ …); English text almost none.
 * Above this share of marked letters a text is Vietnamese.
 */
const VIETNAMESE_MARKED_SHARE = 0.04;
const MIN_LETTERS = 20;

/** BCP 47 tag of the text's language: `vi` or `en` (`vi` when it is too short to tell). */
export function detectLanguage(text: string): 'vi' | 'en' {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_LETTERS) return 'vi';
  const folded = foldVietnamese(letters.join(''));
  let marked = 0;
  for (let i = 0; i < letters.length; i++) if (letters[i] !== folded[i]) marked++;
  return marked / letters.length >= VIETNAMESE_MARKED_SHARE ? 'vi' : 'en';
}
