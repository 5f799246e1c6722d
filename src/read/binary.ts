/**
 * Recognises files that are not text, whatever their name says: an image
 * saved as .txt, a Word document, a PDF. Magic numbers first (they name the
 * kind for the editor), then NUL bytes, which text never has (UTF-16 aside,
 * and that is recognised before this is asked).
 */
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or an Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word or Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** How much of the start is looked at for NUL bytes. */
const SNIFF_BYTES = 8192;

/** What the bytes are, when they are not text; null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return kind;
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? 'binary data' : null;
}
