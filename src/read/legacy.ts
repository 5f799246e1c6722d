import iconv from 'iconv-lite';
import { windows1252Bytes } from './mojibake.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { vietnameseScore } from './vietnamese-score.ts';

/** The 8-bit encodings Vietnamese files and documents still come in. */
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

export interface LegacyReading {
  encoding: LegacyEncoding;
  /** The encoding's name, as a warning tells it. */
  name: string;
  text: string;
}

interface Legacy {
  encoding: LegacyEncoding;
  name: string;
  decode(bytes: Uint8Array): string;
}

/** Windows' code page, and the encodings of the fonts documents were set in (.VnTime, VNI-Times). */
const CODE_PAGE: Legacy = { encoding: 'windows-1258', name: 'Windows-1258', decode: (bytes) => iconv.decode(Buffer.from(bytes), 'windows1258') };
const FONTS: Legacy[] = [
  { encoding: 'tcvn3', name: 'TCVN3 (ABC)', decode: decodeTcvn3 },
  { encoding: 'vni', name: 'VNI', decode: decodeVni },
];

/** How much more Vietnamese a font's reading of a Unicode text must look to be taken. */
const MIN_GAIN = 0.2;
/** How Vietnamese it must look at the least: a French text read in VNI gains a word or two (`où` → `ó`), and stays French. */
const MIN_SCORE = 0.8;
/** Words with a letter outside ASCII, at the least, before a text is read again: `Café` is no document in a font. */
const MIN_MARKED_WORDS = 3;

/**
 * The bytes of a file that is not UTF-8, read in every legacy encoding: the
 * reading whose words look most like Vietnamese syllables (each encoding
 * decodes any bytes, so the words decide).
 */
export function readLegacy(bytes: Uint8Array): LegacyReading {
  return best([CODE_PAGE, ...FONTS].map((legacy) => ({ encoding: legacy.encoding, name: legacy.name, text: legacy.decode(bytes) })));
}

/**
 * Vietnamese typed in a font's legacy encoding, then copied into a Unicode
 * editor (a document set in .VnTime or VNI-Times): the copy holds the
 * Windows-1252 characters of the font's bytes (`C«ng an tØnh`, `Coâng an
 * tænh`), valid UTF-8 and no Vietnamese. Written back as those bytes and
 * read in the font's encoding, the text is restored; null when the text is
 * not such a copy, or reads no more like Vietnamese restored.
 */
export function repairLegacyFont(text: string): LegacyReading | null {
  // A Unicode text's first Vietnamese letter outside Windows-1252 (`ộ`, `đ`) ends the asking.
  const bytes = windows1252Bytes(text);
  if (!bytes || text.split(/\s+/).filter((word) => /[^\x00-\x7f]/.test(word)).length < MIN_MARKED_WORDS) return null;
  const reading = best(FONTS.map((font) => ({ encoding: font.encoding, name: font.name, text: font.decode(bytes) })));
  const score = vietnameseScore(reading.text);
  return score >= MIN_SCORE && score >= vietnameseScore(text) + MIN_GAIN ? reading : null;
}

function best(readings: LegacyReading[]): LegacyReading {
  return readings.map((r) => ({ r, score: vietnameseScore(r.text) })).reduce((a, b) => (b.score > a.score ? b : a)).r;
}
