import iconv from 'iconv-lite';
import data from './data/vni.json' with { type: 'json' };

const LETTERS = new Map(Object.entries(data.letters).map(([hex, letter]) => [parseInt(hex, 16), letter]));
const MARKS = new Map(Object.entries(data.marks).map(([hex, marks]) => [parseInt(hex, 16), marks]));
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
/** The vowels a tone may sit on, as plain letters or VNI's own (ơ, ư, and the marked i and y it prints whole). */
const VOWEL = /^[aeiouyAEIOUYơƠưƯ]$/u;

/** VNI (VNI-Windows) bytes → text (see data/vni.json). */
export function decodeVni(bytes: Uint8Array): string {
  const plain = iconv.decode(Buffer.from(bytes), 'windows1252');
  let out = '';
  let previous = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const marks = MARKS.get(byte);
    if (marks !== undefined && carries(previous, marks)) {
      out += marks;
      previous = '';
      continue;
    }
    previous = LETTERS.get(byte) ?? plain[i]!;
    out += previous;
  }
  return out.normalize('NFC');
}

/** Whether the letter just written takes the marks: a circumflex on a, e, o; a breve on a; a tone on any vowel. */
function carries(letter: string, marks: string): boolean {
  if (!VOWEL.test(letter)) return false;
  if (marks.startsWith(CIRCUMFLEX)) return /^[aeoAEO]$/u.test(letter);
  if (marks.startsWith(BREVE)) return /^[aA]$/u.test(letter);
  return true;
}
