/**
 * Draws the extension icon (a white star on an indigo rounded square) at every size the stores
 * and browsers ask for, into public/icon/<size>.png. Pure Node (zlib), so it runs anywhere:
 *   npx tsx scripts/make-icons.ts
 *
 * The 128 px icon (the store's and the install dialog's) keeps the Chrome Web Store's safe area:
 * the artwork is 96 × 96, centred, with 16 px of transparent margin on every side
 * (https://developer.chrome.com/docs/webstore/images#icons). The smaller ones fill their square,
 * as toolbar icons do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 19, 32, 38, 48, 96, 128];
/** Transparent margin per side, in px, by icon size (the store's safe area for 128). */
const MARGIN: Partial<Record<number, number>> = { 128: 16 };
const BRAND: [number, number, number] = [79, 70, 229];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const STAR = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 0.36 : 0.15;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [0.5 + radius * Math.cos(angle), 0.53 + radius * Math.sin(angle)] as const;
});

function inStar(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = STAR.length - 1; i < STAR.length; j = i++) {
    const [xi, yi] = STAR[i] as readonly [number, number];
    const [xj, yj] = STAR[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** The icon at `size` px, its artwork `margin` px in from every edge. */
function draw(size: number, margin = 0): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  const art = size - 2 * margin;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let star = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px - margin + (sx + 0.5) / samples) / art;
          const y = (py - margin + (sy + 0.5) / samples) / art;
          if (inRoundedSquare(x, y)) bg++;
          if (inStar(x, y)) star++;
        }
      }
      const n = samples * samples;
      const white = star / n;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round((BRAND[c] as number) * (1 - white) + 255 * white);
      rgba[o + 3] = Math.round((bg / n) * 255);
    }
  }
  return rgba;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, encodePng(size, draw(size, MARGIN[size])));
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
