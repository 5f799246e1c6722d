import data from './data/tcvn3.json' with { type: 'json' };

const TABLE: string[] = Array.from({ length: 256 }, (_, b) => (b < 0x80 ? String.fromCharCode(b) : ((data.bytes as Record<string, string>)[b.toString(16).padStart(2, '0')] ?? String.fromCharCode(b))));

/** TCVN3 (ABC) bytes → text. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += TABLE[b];
  return out;
}
