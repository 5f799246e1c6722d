import { deflateSync } from 'node:zlib';

/**
 * The app icon as a PNG of any size (the web app manifest needs 192 and 512
 * pixel ones): the site's accent colour with three white lines, a page of
 * news. Drawn in code so the build needs no image tool.
 */
export function iconPng(size: number, rgb: [number, number, number] = [0xa3, 0x12, 0x0b]): Uint8Array {
  const rows: Buffer[] = [];
  const margin = Math.round(size * 0.22);
  const bar = Math.max(1, Math.round(size * 0.09));
  const gap = Math.round((size - 2 * margin - 3 * bar) / 2);
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    const inBar = [0, 1, 2].some((i) => y >= margin + i * (bar + gap) && y < margin + i * (bar + gap) + bar);
    for (let x = 0; x < size; x++) {
      const white = inBar && x >= margin && x < size - margin - (y >= margin + 2 * (bar + gap) ? Math.round(size * 0.2) : 0);
      row.set(white ? [255, 255, 255] : rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
