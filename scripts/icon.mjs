// Draws images/icon.png (128×128, the extension's Marketplace icon) from shapes, with no external assets:
// a teal rounded square with a white gate (two posts and a lintel) and a check mark passing through it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis for anti-aliased edges

const segmentDistance = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
const inRoundedSquare = (x, y, inset, radius) => {
  const cx = Math.min(Math.max(x, inset + radius), SIZE - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), SIZE - inset - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
};
const inGate = (x, y) =>
  (x >= 30 && x <= 42 && y >= 30 && y <= 100) || (x >= 86 && x <= 98 && y >= 30 && y <= 100) || (x >= 24 && x <= 104 && y >= 26 && y <= 38);
const inCheck = (x, y) => segmentDistance(x, y, 44, 66, 58, 82) <= 6 || segmentDistance(x, y, 58, 82, 86, 50) <= 6;

/** RGBA of one pixel: average of SAMPLES² sub-pixels. */
function pixel(px, py) {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES, y = py + (sy + 0.5) / SAMPLES;
      let c = [0, 0, 0, 0];
      if (inRoundedSquare(x, y, 4, 22)) c = y < 64 ? [18, 122, 128, 255] : [14, 100, 108, 255];
      if (c[3] && inGate(x, y)) c = [255, 255, 255, 255];
      if (c[3] && inCheck(x, y)) c = [255, 196, 61, 255];
      for (let i = 0; i < 4; i++) acc[i] += c[i];
    }
  }
  return acc.map((v) => Math.round(v / (SAMPLES * SAMPLES)));
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function renderIcon() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(import.meta.dirname, "..", "images", "icon.png"), renderIcon());
}
