import iconv from 'iconv-lite';
import { vietnameseScore } from './vietnamese-score.ts';

/**
 * UTF-8 text that was once read as Windows-1252 and saved again as UTF-8
 * (`Cá»¥c Cáº£nh sÃ¡t` for `Cục Cảnh sát`): what a page with a wrong
 * charset, or a CSV opened in a spreadsheet, gives a copy. Each character
 * stands for one byte of the original UTF-8, so writing the characters back
 * as those bytes and reading them as UTF-8 restores the text.
 */

/** The lead bytes of Vietnamese letters in UTF-8 (C3, C4, C5, C6, E1) as Windows-1252 shows them, before a continuation byte. */
const MARKS = /[ÃÄÅÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu;
/** So many marks before a repair is tried: a name like `Ãlvaro` is not a garbled file. */
const MIN_MARKS = 3;
/** How much more Vietnamese the repaired text must look. */
const MIN_GAIN = 0.2;

/** Windows-1252's characters for the bytes 80-9F (`™` for 99), back to the bytes. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0x9f; b++) {
  const ch = iconv.decode(Buffer.from([b]), 'windows1252');
  if (ch !== '\ufffd') BYTE_OF.set(ch, b);
}

/** The bytes a text read as Windows-1252 was read from; null when a character has no byte there (the text is Unicode's own). */
export function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // Latin-1 (and Windows-1252 where it has no character) shows a byte as the character of its own number.
    const byte = code <= 0xff ? code : BYTE_OF.get(ch);
    if (byte === undefined) return null;
    bytes[n++] = byte;
  }
  return bytes.subarray(0, n);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text as it was before it was garbled, or null when it was not garbled (or cannot be restored whole). */
export function repairMojibake(text: string): string | null {
  if ((text.match(MARKS)?.length ?? 0) < MIN_MARKS) return null;
  const bytes = windows1252Bytes(text);
  if (!bytes) return null;
  let repaired: string;
  try {
    repaired = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  return vietnameseScore(repaired) >= vietnameseScore(text) + MIN_GAIN ? repaired : null;
}
