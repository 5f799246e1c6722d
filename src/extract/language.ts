/**
 * Vietnamese text marks most syllables (ả, ư, đ …); English text almost none.
 * Above this share of marked letters a text is Vietnamese.
 */
const VIETNAMESE_MARKED_SHARE = 0.04;
const MIN_LETTERS = 20;

/** BCP 47 tag of the text's language: `vi` or `en` (`vi` when it is too short to tell). */
export function detectLanguage(text: string): 'vi' | 'en' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'vi';
  const marked = text.match(VIETNAMESE_LETTERS)?.length ?? 0;
  return marked / letters >= VIETNAMESE_MARKED_SHARE ? 'vi' : 'en';
}

/** Letters Vietnamese marks and English does not use. */
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/giu;
