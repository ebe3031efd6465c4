/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a blue tile with three rising bars
 * (the yearly targets of a Renstra) and an amber check mark (checked). Vector shapes rasterized with
 * 4×4 supersampling; PNG written with Node's zlib. Run: npm run icons
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

type RGBA = [number, number, number, number];

const BLUE: RGBA = [15, 108, 189, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [255, 196, 44, 255];

/** Is the point (x, y) in unit coordinates (0..1) inside a shape? */
type Shape = (x: number, y: number) => boolean;

const roundedSquare = (r: number): Shape => (x, y) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** A thick segment from a to b with half-width w. */
const segment = (ax: number, ay: number, bx: number, by: number, w: number): Shape => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x;
  const py = ay + t * vy - y;
  return px * px + py * py <= w * w;
};

const LAYERS: [Shape, RGBA][] = [
  [roundedSquare(0.2), BLUE],
  [rect(0.17, 0.56, 0.31, 0.8), WHITE],
  [rect(0.38, 0.44, 0.52, 0.8), WHITE],
  [rect(0.59, 0.3, 0.73, 0.8), WHITE],
  [(x, y) => segment(0.5, 0.3, 0.64, 0.44, 0.065)(x, y) || segment(0.64, 0.44, 0.88, 0.14, 0.065)(x, y), AMBER],
];

function render(size: number): Buffer {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color: RGBA = [0, 0, 0, 0];
          for (const [shape, c] of LAYERS) if (shape(x, y)) color = c;
          r += color[0] * color[3];
          g += color[1] * color[3];
          b += color[2] * color[3];
          a += color[3];
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round(a / (ss * ss));
    }
  }
  return png(size, raw);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(file);
}
