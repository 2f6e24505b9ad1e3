// Draws the add-in's icons as PNGs: node assets/make-icons.js
// icon-*: the add-in (a page with a bar chart); one icon per ribbon button, each its own shape:
// write-* (a page with lines of text, Tạo báo cáo), check-* (a tick in a circle, Kiểm tra số liệu),
// template-* (a table grid, Tạo mẫu), insert-* (a page with a plus, Chèn báo cáo).
// Run once; the PNGs are committed. Plain Node, no packages: zlib for the image data.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const PAGE = [0x1f, 0x5f, 0xad];
const FOLD = [0x8d, 0xb4, 0xe2];
const BAR = [0xff, 0xff, 0xff];

const GREEN = [0x10, 0x7c, 0x10];
const WHITE = [0xff, 0xff, 0xff];

/** A page with a folded corner; `inside` draws on it (null: page colour). */
function page(x, y, inside) {
  const left = 0.16, right = 0.84, top = 0.06, bottom = 0.94, fold = 0.2;
  if (x < left || x > right || y < top || y > bottom) return null;
  if (x > right - fold && y < top + fold) {
    const dx = x - (right - fold), dy = y - top;
    return dx > dy ? null : FOLD;
  }
  return inside(x, y) ?? PAGE;
}

const SHAPES = {
  icon: (x, y) => colourAt(x, y),
  write: (x, y) =>
    page(x, y, (px, py) => {
      for (const [y1, x2] of [[0.32, 0.62], [0.46, 0.74], [0.6, 0.74], [0.74, 0.58]]) if (py >= y1 && py <= y1 + 0.07 && px >= 0.26 && px <= x2) return WHITE;
      return null;
    }),
  check: (x, y) => {
    const dx = x - 0.5, dy = y - 0.5;
    if (dx * dx + dy * dy > 0.2) return null;
    // The tick: two strokes, distance to each segment under a width.
    const near = (ax, ay, bx, by) => {
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < 0.065;
    };
    return near(0.28, 0.52, 0.44, 0.68) || near(0.44, 0.68, 0.74, 0.34) ? WHITE : GREEN;
  },
  template: (x, y) => {
    if (x < 0.08 || x > 0.92 || y < 0.12 || y > 0.88) return null;
    const line = 0.05;
    const onLine = [0.08, 0.36, 0.64, 0.92].some((v) => Math.abs(x - v) < line / 2 + 0.02) || [0.12, 0.3, 0.5, 0.7, 0.88].some((v) => Math.abs(y - v) < line / 2 + 0.01);
    if (y < 0.3) return PAGE;
    return onLine ? PAGE : WHITE;
  },
  insert: (x, y) =>
    page(x, y, (px, py) => {
      const cx = 0.5, cy = 0.58;
      if ((Math.abs(px - cx) < 0.06 && Math.abs(py - cy) < 0.22) || (Math.abs(py - cy) < 0.06 && Math.abs(px - cx) < 0.22)) return WHITE;
      return null;
    }),
};

/** Colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(x, y) {
  const left = 0.16, right = 0.84, top = 0.06, bottom = 0.94, fold = 0.2;
  if (x < left || x > right || y < top || y > bottom) return null;
  if (x > right - fold && y < top + fold) {
    const dx = x - (right - fold), dy = y - top;
    return dx > dy ? null : FOLD;
  }
  const bars = [[0.27, 0.39, 0.6], [0.44, 0.56, 0.46], [0.61, 0.73, 0.32]];
  for (const [x1, x2, y1] of bars) if (x >= x1 && x <= x2 && y >= y1 && y <= 0.78) return BAR;
  if (y > 0.8 && y < 0.85 && x > 0.25 && x < 0.75) return BAR;
  return PAGE;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, shape) {
  const ss = 8;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shape((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      if (a > 0) {
        raw[o] = Math.round(r / a);
        raw[o + 1] = Math.round(g / a);
        raw[o + 2] = Math.round(b / a);
      }
      raw[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const [name, shape] of Object.entries(SHAPES)) {
  for (const size of name === "icon" ? [16, 32, 64, 80] : [16, 32, 80]) fs.writeFileSync(path.join(__dirname, `${name}-${size}.png`), png(size, shape));
}
