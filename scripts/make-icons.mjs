// Generates the extension icons from a single geometric description.
// Pure Node (no canvas/sharp) so the output is reproducible on any machine and CI
// can verify the committed PNGs with `node scripts/make-icons.mjs --check`.
// icons/icon.svg mirrors ICON by hand for docs: change both together.
import { deflateSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ICONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
export const SIZES = [16, 32, 48, 128];

// Unit-square geometry: the only source of truth for the artwork.
export const ICON = {
  background: { color: [0x00, 0x00, 0x91], radius: 0.18 }, // Marianne blue
  check: {
    color: [0xff, 0xff, 0xff],
    // Stroke is ~2 px at 16 px: thinner vanishes, thicker closes the inner angle.
    width: 0.13,
    points: [
      [0.26, 0.52],
      [0.43, 0.69],
      [0.75, 0.34],
    ],
  },
};

// 8x8 samples per pixel: enough for smooth edges at 16 px, still fast at 128 px.
const SS = 8;

function inRoundedSquare(x, y, r) {
  // Distance test against the square shrunk by r, then inflated back by r.
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function distSqToSegment(px, py, [ax, ay], [bx, by]) {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx),
    dy = py - (ay + t * vy);
  return dx * dx + dy * dy;
}

// A union of capsules gives round caps and round joins for free.
function inPolyline(x, y, points, width) {
  const h2 = (width / 2) ** 2;
  for (let i = 1; i < points.length; i++) {
    if (distSqToSegment(x, y, points[i - 1], points[i]) <= h2) return true;
  }
  return false;
}

// pad: transparent margin in pixels on each side, the artwork drawn in the square left inside it
// (the Chrome Web Store wants its 128 px icon as 96 px of artwork and 16 px of padding).
function rasterise(size, pad = 0) {
  const { background: bg, check } = ICON;
  const inner = size - 2 * pad;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0,
        white = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS - pad) / inner;
          const y = (py + (sy + 0.5) / SS - pad) / inner;
          if (!inRoundedSquare(x, y, bg.radius)) continue;
          inside++;
          if (inPolyline(x, y, check.points, check.width)) white++;
        }
      }
      const o = (py * size + px) * 4;
      if (inside === 0) continue; // stays fully transparent (0,0,0,0)
      // Mix colour only among covered samples so edges are not darkened (straight alpha).
      const f = white / inside;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(bg.color[c] + (check.color[c] - bg.color[c]) * f);
      rgba[o + 3] = Math.round((255 * inside) / (SS * SS));
    }
  }
  return rgba;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// Minimal PNG: no tEXt/tIME chunks so the bytes depend only on the pixels.
// Filter type 0 on every row keeps decoding trivial for tests.
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function renderIcons() {
  return new Map(SIZES.map((s) => [`icon-${s}.png`, encodePng(s, rasterise(s))]));
}

/** The same artwork as a store logo: `size` px square, `pad` px of transparency on each side. */
export function renderLogo(size, pad = 0) {
  return encodePng(size, rasterise(size, pad));
}

function main(check) {
  const icons = renderIcons();
  if (check) {
    const stale = [];
    for (const [name, bytes] of icons) {
      let onDisk = null;
      try {
        onDisk = readFileSync(join(ICONS_DIR, name));
      } catch {
        /* missing counts as stale */
      }
      if (!onDisk || !onDisk.equals(bytes)) stale.push(`icons/${name}`);
    }
    if (stale.length) {
      console.error(`Stale or missing icons: ${stale.join(', ')}; run node scripts/make-icons.mjs`);
      process.exit(1);
    }
    console.log('icons up to date');
    return;
  }
  mkdirSync(ICONS_DIR, { recursive: true });
  for (const [name, bytes] of icons) {
    writeFileSync(join(ICONS_DIR, name), bytes);
    console.log(`wrote icons/${name} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.includes('--check'));
}
