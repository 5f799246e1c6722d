import { countLetters } from './letters.ts';
import data from './data/languages.json' with { type: 'json' };

/**
 * Vietnamese text marks most syllables (ả, ư, đ …); English text almost none.
 * Above this share of marked letters a text is Vietnamese.
 */
const VIETNAMESE_MARKED_SHARE = 0.04;
const MIN_LETTERS = 20;
const SCRIPTS = data.scripts.map((s) => ({ tag: s.tag, from: parseInt(s.from, 16), to: parseInt(s.to, 16) }));

/**
 * BCP 47 tag of the text's language: `vi` or `en` for Latin-script text
 * (`vi` when it is too short to tell), or the tag of another script most of
 * its letters are in (`lo` for a Lao article; see data/languages.json).
 */
export function detectLanguage(text: string): string {
  const { letters, marked } = countLetters(text);
  if (letters < MIN_LETTERS) return 'vi';
  if (marked / letters >= VIETNAMESE_MARKED_SHARE) return 'vi';
  return otherScript(text, letters) ?? 'en';
}

/** The tag of the script most of the letters are in, when it is not the Latin one. */
function otherScript(text: string, letters: number): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Latin letters and marks, digits and punctuation are passed over at once.
    if (code < 0x0400) continue;
    const script = SCRIPTS.find((s) => code >= s.from && code <= s.to);
    if (script) counts.set(script.tag, (counts.get(script.tag) ?? 0) + 1);
  }
  const [tag, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return tag !== undefined && count! * 2 > letters ? tag : null;
}
