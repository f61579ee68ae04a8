/**
 * The icons scripts/make-icons.ts drew: the 128 px one on the Chrome Web Store's safe area (96 × 96
 * artwork, centred, 16 px transparent margin), the smaller ones filling their square.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Alpha per pixel of one of our PNGs (8-bit RGBA, filter 0 on every row, as make-icons writes). */
function alphaOf(path: string): { size: number; alpha: (x: number, y: number) => number } {
  const png = readFileSync(path);
  const size = png.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const stride = size * 4 + 1;
  for (let y = 0; y < size; y++) expect(rows[y * stride]).toBe(0);
  return { size, alpha: (x, y) => rows[y * stride + 1 + x * 4 + 3] ?? -1 };
}

/** The bounding box of the pixels that are not fully transparent. */
function artworkBox(path: string) {
  const { size, alpha } = alphaOf(path);
  let [left, top, right, bottom] = [size, size, -1, -1];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (alpha(x, y) > 0) {
        left = Math.min(left, x);
        top = Math.min(top, y);
        right = Math.max(right, x);
        bottom = Math.max(bottom, y);
      }
  return { size, left, top, width: right - left + 1, height: bottom - top + 1 };
}

describe('extension icons', () => {
  it('draws the 128 px icon as 96 × 96 artwork with a 16 px transparent margin', () => {
    expect(artworkBox('public/icon/128.png')).toStrictEqual({
      size: 128,
      left: 16,
      top: 16,
      width: 96,
      height: 96,
    });
  });

  it.each([16, 32, 48, 96])('fills the %i px icon to its edges', (size) => {
    expect(artworkBox(`public/icon/${size}.png`)).toStrictEqual({
      size,
      left: 0,
      top: 0,
      width: size,
      height: size,
    });
  });
});
