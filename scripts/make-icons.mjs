// Draws Lede's toolbar icons (our own design, no external assets) and writes them as PNG with
// node:zlib: icons/icon-{16,32,48,128}.png and the "article here" variant icons/icon-active-*.png.
// Design: a navy rounded square holding a page of text — a headline bar, a highlighted line (the key
// fact) and body lines; the active variant adds a green dot at the top right.
// Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SIZES = [16, 32, 48, 128];
const SUBSAMPLES = 4; // 4×4 samples per pixel for anti-aliased edges

const NAVY = [31, 58, 95, 255];
const PAPER = [250, 248, 240, 255];
const HIGHLIGHT = [255, 200, 60, 255];
const GREEN = [34, 177, 96, 255];
const WHITE = [255, 255, 255, 255];

/** Signed-distance style tests in unit coordinates (0..1 across the icon). */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The shapes, back to front: [color, test(x, y)]. */
function shapes(active) {
  const bar = (y, x1, h = 0.1) => (x, yy) => inRoundedRect(x, yy, 0.2, y, x1, y + h, h / 2);
  const list = [
    [NAVY, (x, y) => inRoundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.22)],
    [PAPER, bar(0.22, 0.8, 0.13)], // headline
    [HIGHLIGHT, (x, y) => inRoundedRect(x, y, 0.16, 0.44, 0.84, 0.58, 0.05)], // highlighted key fact
    [NAVY, bar(0.465, 0.72)],
    [PAPER, bar(0.66, 0.8)],
    [PAPER, bar(0.8, 0.6)],
  ];
  if (active) {
    list.push([WHITE, (x, y) => inCircle(x, y, 0.8, 0.2, 0.2)]);
    list.push([GREEN, (x, y) => inCircle(x, y, 0.8, 0.2, 0.15)]);
  }
  return list;
}

function render(size, active) {
  const pixels = Buffer.alloc(size * size * 4);
  const layers = shapes(active);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          let color = null;
          for (const [fill, test] of layers) if (test(x, y)) color = fill;
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
        }
      }
      const n = SUBSAMPLES * SUBSAMPLES;
      const i = (py * size + px) * 4;
      const coverage = a / 255;
      // Straight (non-premultiplied) alpha: average the colors of the covered samples only.
      pixels[i] = coverage ? Math.round(r / coverage) : 0;
      pixels[i + 1] = coverage ? Math.round(g / coverage) : 0;
      pixels[i + 2] = coverage ? Math.round(b / coverage) : 0;
      pixels[i + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(path.join(root, 'icons'), { recursive: true });
for (const active of [false, true]) {
  for (const size of SIZES) {
    const file = path.join(root, 'icons', `${active ? 'icon-active' : 'icon'}-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size, active)));
    console.log(path.relative(root, file));
  }
}
