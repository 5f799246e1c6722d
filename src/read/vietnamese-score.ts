/**
 * How Vietnamese a decoded text looks: the share of its words with a mark
 * that are well-formed Vietnamese syllables. A legacy file decoded with the
 * wrong table scatters symbols (µ, ¸, ¬) and impossible letter sequences
 * through its words; decoded right, nearly every marked word is a syllable.
 */
const SYLLABLE = /^(?:[bcdđghklmnpqrstvx]|ch|gh|gi|kh|ng|ngh|nh|ph|qu|th|tr)?[aăâeêioôơuưyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$/u;

export function vietnameseScore(text: string): number {
  const words = text.normalize('NFC').toLowerCase().split(/\s+/).filter((w) => /[^\x00-\x7f]/.test(w));
  if (words.length === 0) return 0;
  const good = words.filter((w) => SYLLABLE.test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))).length;
  return good / words.length;
}
