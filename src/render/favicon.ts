/**
 * /favicon.ico, which browsers request whatever the page links to: a 16×16
 * square in the site's accent colour with a white bar, as an ICO holding a
 * 32-bit bitmap. Built in code because the templates emit text only.
 */
export function faviconIco(rgb: [number, number, number] = [0xa3, 0x12, 0x0b]): Uint8Array {
  const size = 16;
  const pixels = size * size * 4;
  const mask = size * 4; // 1-bit AND mask, rows padded to 32 bits: all opaque
  const bitmap = 40 + pixels + mask;
  const out = Buffer.alloc(6 + 16 + bitmap);
  out.writeUInt16LE(0, 0); // reserved
  out.writeUInt16LE(1, 2); // type: icon
  out.writeUInt16LE(1, 4); // one image
  out.writeUInt8(size, 6);
  out.writeUInt8(size, 7);
  out.writeUInt16LE(1, 10); // colour planes
  out.writeUInt16LE(32, 12); // bits per pixel
  out.writeUInt32LE(bitmap, 14);
  out.writeUInt32LE(22, 18); // offset of the bitmap
  out.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  out.writeInt32LE(size, 26);
  out.writeInt32LE(size * 2, 30); // height counts the mask too
  out.writeUInt16LE(1, 34);
  out.writeUInt16LE(32, 36);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = x >= 4 && x < 12 && y >= 6 && y < 10;
      const at = 62 + (y * size + x) * 4;
      out.writeUInt8(white ? 255 : rgb[2], at);
      out.writeUInt8(white ? 255 : rgb[1], at + 1);
      out.writeUInt8(white ? 255 : rgb[0], at + 2);
      out.writeUInt8(255, at + 3);
    }
  }
  return out;
}
