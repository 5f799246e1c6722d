/** Letter-case helpers that know Vietnamese letters (Đ, Ư, Ơ …). */

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/** `LÊ MẬU LÂM` → `Lê Mậu Lâm`, `H'YÂM NIÊ` → `H'Yâm Niê`: every word capitalised (a highland name after its joined surname too), the rest lower case. */
export function capitalizeWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s\-–(])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase('vi'))
    .replace(/(^|[\s\-–(])(\p{Lu}['’])(\p{Ll})/gu, (_m, sep: string, surname: string, letter: string) => sep + surname + letter.toLocaleUpperCase('vi'));
}

/** `ĐẢNG ỦY TRỰC THUỘC` → `Đảng ủy trực thuộc`. */
export function capitalizeFirst(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The text as its words are written inside a sentence: each sentence's first
 * letter in lower case, and every letter of a text in capitals. Names keep
 * their capitals (`Cần Thơ` is no `cần`).
 */
export function inSentenceCase(text: string): string {
  if (isAllCaps(text)) return text.toLocaleLowerCase('vi');
  return text.replace(/(^|[.!?…]\s+)(\P{L}*)(\p{L})/gu, (_m, stop: string, before: string, letter: string) => stop + before + letter.toLocaleLowerCase('vi'));
}

/** Starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Starts with a lower-case letter: a line that continues the one before it. */
export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}
