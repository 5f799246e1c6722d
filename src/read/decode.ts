import iconv from 'iconv-lite';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import { binaryKind } from './binary.ts';
import { repairMojibake } from './mojibake.ts';
import { readLegacy, repairLegacyFont, type LegacyEncoding } from './legacy.ts';

/** The encodings bantin recognises in article files. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'binary';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  diagnostics: Diagnostic[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Bytes → text. A BOM decides when present; then files that are not text
 * (an image renamed .txt) are refused; then strict UTF-8 is tried, then
 * UTF-16 without a BOM (every other byte NUL), then the legacy Windows code
 * page for Vietnamese. Never throws: undecodable bytes become U+FFFD with a
 * warning; binary data gives no text and an error.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  const utf16 = guessBomlessUtf16(bytes);
  const kind = utf16 ? null : binaryKind(bytes);
  if (kind) {
    return { text: '', encoding: 'binary', diagnostics: [error('binary', `The file is ${kind}, not text; it was skipped. Save the article as a .txt text file.`)] };
  }
  if (!utf16) {
    try {
      return repaired({ text: strictUtf8.decode(bytes), encoding: 'utf-8', diagnostics: [] });
    } catch {
      // Not UTF-8: fall through to the guesses below.
    }
  }
  if (utf16) {
    return {
      text: iconv.decode(Buffer.from(bytes), utf16),
      encoding: utf16,
      diagnostics: [warning('encoding-converted', `The file is ${utf16.toUpperCase()} without a byte-order mark; it was converted to UTF-8. Save it as UTF-8.`)],
    };
  }
  if (mostlyUtf8(bytes)) {
    return {
      text: lenientUtf8.decode(bytes),
      encoding: 'utf-8',
      diagnostics: [warning('encoding-invalid', 'The file has bytes that are not valid UTF-8; they were replaced with U+FFFD. Check the text and save it as UTF-8.', firstInvalidUtf8Line(bytes))],
    };
  }
  return decodeLegacyVietnamese(bytes);
}

/**
 * The 8-bit encodings Vietnamese files still come in: Windows-1258, TCVN3
 * (ABC) and VNI. Each decodes any bytes, so each is tried and the one whose
 * words look like Vietnamese syllables wins (see readLegacy).
 */
function decodeLegacyVietnamese(bytes: Uint8Array): DecodedText {
  const best = readLegacy(bytes);
  return {
    text: best.text,
    encoding: best.encoding,
    diagnostics: [warning('encoding-converted', `The file is not UTF-8; it was read as ${best.name} (Vietnamese) and converted. Save it as UTF-8.`)],
  };
}

/**
 * UTF-8 text garbled once through Windows-1252 (`Cá»¥c Cáº£nh sÃ¡t`), or
 * typed in a legacy font's encoding and copied as its characters (`Coâng
 * an tænh`, VNI; `C«ng an tØnh`, TCVN3), is restored, with a warning.
 */
function repaired(decoded: DecodedText): DecodedText {
  const unmangled = repairMojibake(decoded.text);
  if (unmangled !== null) {
    const diagnostic = warning('encoding-repaired', "The file's text had been garbled (UTF-8 read as Windows-1252, as in 'Cá»¥c' for 'Cục'); it was restored. Check the text.");
    return { text: unmangled, encoding: decoded.encoding, diagnostics: [...decoded.diagnostics, diagnostic] };
  }
  const font = repairLegacyFont(decoded.text);
  if (font === null) return decoded;
  const diagnostic = warning('encoding-repaired', `The file's text was typed in the ${font.name} font encoding and copied as it showed (as in 'Coâng an' or 'C«ng an' for 'Công an'); it was converted. Check the text, and save it as Unicode.`);
  return { text: font.text, encoding: decoded.encoding, diagnostics: [...decoded.diagnostics, diagnostic] };
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return repaired({ text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom', diagnostics: [] });
  }
  if (a === 0xff && b === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', diagnostics: [] };
  }
  if (a === 0xfe && b === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', diagnostics: [] };
  }
  return null;
}

/** UTF-16 text in the Latin range has a NUL in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  // Over a third of the pairs carry a NUL on one side only: not a binary file's scattered zeros.
  if (oddNul > pairs / 3 && evenNul < pairs / 20) return 'utf-16le';
  if (evenNul > pairs / 3 && oddNul < pairs / 20) return 'utf-16be';
  return null;
}

/** Whether most multi-byte sequences are valid UTF-8, i.e. the file is UTF-8 with some damage. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 1) valid++;
    if (n === 0) {
      invalid++;
      i++;
    } else i += n;
  }
  return valid > invalid * 2;
}

/** Length of a valid UTF-8 sequence at `i`, or 0 when the bytes there are invalid. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const n = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0x0a) line++;
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return line;
    i += n;
  }
  return line;
}
