/**
 * Draws Glossa's icon, `build/icon.png` (512x512 RGBA), from which electron-builder derives the Linux icon set, the
 * Windows .ico and the macOS .icns. Drawn with signed-distance shapes (anti-aliased edges) and written with a minimal
 * PNG encoder, so it needs no image tool: double square brackets, the wiki-link mark, around an amber word.
 *
 * Usage: node build/scripts/makeIcon.mjs [out.png]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes straight (non-premultiplied) RGBA pixels as a PNG file. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signed distance from (px, py) to a rounded rectangle (negative inside). */
function roundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** A square bracket opening to the right (`[`) with its spine at x; mirrored for `]`. */
function bracket(px, py, x, mirrored) {
  const sx = mirrored ? SIZE - px : px;
  const t = 26;
  const top = 148;
  const bottom = 364;
  const serif = 46;
  const spine = roundedRect(sx, py, x, top, x + t, bottom, 6);
  const upper = roundedRect(sx, py, x, top, x + serif, top + t, 6);
  const lower = roundedRect(sx, py, x, bottom - t, x + serif, bottom, 6);
  return Math.min(spine, upper, lower);
}

function coverage(distance) {
  return Math.min(1, Math.max(0, 0.5 - distance));
}

function mix(a, b, t) {
  return a + (b - a) * t;
}

/** Renders the icon's pixels. */
export function drawIcon() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  const top = [0x23, 0x7a, 0x96];
  const bottom = [0x14, 0x3b, 0x55];
  const white = [0xf7, 0xf9, 0xfb];
  const amber = [0xf2, 0xb1, 0x34];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const background = coverage(roundedRect(px, py, 24, 24, SIZE - 24, SIZE - 24, 100));
      if (background === 0) continue;
      const g = py / SIZE;
      let color = top.map((c, i) => mix(c, bottom[i], g));
      const brackets = coverage(Math.min(bracket(px, py, 92, false), bracket(px, py, 154, false), bracket(px, py, 92, true), bracket(px, py, 154, true)));
      color = color.map((c, i) => mix(c, white[i], brackets));
      const word = coverage(roundedRect(px, py, 218, 236, 294, 276, 20));
      color = color.map((c, i) => mix(c, amber[i], word));
      const o = (y * SIZE + x) * 4;
      rgba[o] = Math.round(color[0]);
      rgba[o + 1] = Math.round(color[1]);
      rgba[o + 2] = Math.round(color[2]);
      rgba[o + 3] = Math.round(background * 255);
    }
  }
  return encodePng(SIZE, SIZE, rgba);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../icon.png', import.meta.url));
  writeFileSync(out, drawIcon());
  console.log(`wrote ${path.resolve(out)} (${SIZE}x${SIZE})`);
}
