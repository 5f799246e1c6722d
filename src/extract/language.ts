import { countLetters } from './letters.ts';

/**
 * Vietnamese text marks most syllables (ả, ư, đ …); English text almost none.
 * Above this share of marked letters a text is Vietnamese.
 */
const VIETNAMESE_MARKED_SHARE = 0.04;
const MIN_LETTERS = 20;

/** BCP 47 tag of the text's language: `vi` or `en` (`vi` when it is too short to tell). */
export function detectLanguage(text: string): 'vi' | 'en' {
  const { letters, marked } = countLetters(text);
  if (letters < MIN_LETTERS) return 'vi';
  return marked / letters >= VIETNAMESE_MARKED_SHARE ? 'vi' : 'en';
}
