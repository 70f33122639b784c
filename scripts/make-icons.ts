/**
 * Draws the extension icon (a speech bubble on a rounded square) at 16, 32, 48 and
 * 128 px and writes PNGs to public/icons/. Shapes are signed-distance tests sampled
 * 4x4 per pixel for anti-aliasing, encoded with node:zlib, so no image tool is needed.
 * Run: node --import tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const BACKGROUND: Rgba = [15, 118, 110, 255]; // teal-700
const BUBBLE: Rgba = [255, 255, 255, 255];
const DOT: Rgba = [15, 118, 110, 255];
const SIZES = [16, 32, 48, 128] as const;
const SAMPLES = 4;

/** Everything is drawn in a 0..1 unit square. */
function insideRoundedSquare(x: number, y: number): boolean {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function insideBubble(x: number, y: number): boolean {
  const ellipse = ((x - 0.5) / 0.34) ** 2 + ((y - 0.45) / 0.27) ** 2 <= 1;
  // The tail: a triangle from under the bubble's left side down to the corner.
  const [ax, ay, bx, by, cx, cy] = [0.3, 0.6, 0.46, 0.66, 0.24, 0.84];
  const sign = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = sign(x, y, ax, ay, bx, by);
  const d2 = sign(x, y, bx, by, cx, cy);
  const d3 = sign(x, y, cx, cy, ax, ay);
  const tail = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  return ellipse || tail;
}

function insideDot(x: number, y: number, size: number): boolean {
  // Three dots ("someone is typing") read at 32 px and up; at 16 px they would blur.
  if (size < 32) return false;
  return [0.36, 0.5, 0.64].some((cx) => (x - cx) ** 2 + (y - 0.45) ** 2 <= 0.05 ** 2);
}

function colourAt(x: number, y: number, size: number): Rgba {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  if (insideDot(x, y, size)) return DOT;
  if (insideBubble(x, y)) return BUBBLE;
  return BACKGROUND;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // first byte: filter type 0
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          // Premultiply so transparent samples do not darken edges.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, outDir);
  writeFileSync(file, render(size));
  console.log(`wrote ${file.pathname}`);
}
