// Generates the extension icons from a single geometric description.
// Pure Node (no canvas/sharp) so the output is reproducible on any machine and CI
// can verify the committed PNGs with `npm run icons -- --check`.
// icons/icon.svg mirrors ICON by hand for docs: change both together.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng } from './make-icons/png';

const ICONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
export const SIZES: readonly number[] = [16, 32, 48, 128];

// Unit-square geometry: the only source of truth for the artwork.
type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

export interface IconGeometry {
  readonly background: { readonly color: Rgb; readonly radius: number };
  readonly check: { readonly color: Rgb; readonly width: number; readonly points: readonly Point[] };
}

export const ICON: IconGeometry = {
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

function inRoundedSquare(x: number, y: number, r: number): boolean {
  // Distance test against the square shrunk by r, then inflated back by r.
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function distSqToSegment(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx),
    dy = py - (ay + t * vy);
  return dx * dx + dy * dy;
}

// A union of capsules gives round caps and round joins for free.
function inPolyline(x: number, y: number, points: readonly Point[], width: number): boolean {
  const h2 = (width / 2) ** 2;
  return points.some((a, i) => {
    const b = points[i + 1];
    return b !== undefined && distSqToSegment(x, y, a, b) <= h2;
  });
}

// pad: transparent margin in pixels on each side, the artwork drawn in the square left inside it
// (the Chrome Web Store wants its 128 px icon as 96 px of artwork and 16 px of padding).
function rasterise(size: number, pad = 0): Buffer {
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
      for (const c of [0, 1, 2] as const) rgba[o + c] = Math.round(bg.color[c] + (check.color[c] - bg.color[c]) * f);
      rgba[o + 3] = Math.round((255 * inside) / (SS * SS));
    }
  }
  return rgba;
}

/** File name (e.g. "icon-16.png") -> PNG bytes, without touching the disk. */
export function renderIcons(): Map<string, Buffer> {
  return new Map(SIZES.map((s) => [`icon-${s}.png`, encodePng(s, rasterise(s))]));
}

/** The same artwork as a store logo: `size` px square, `pad` px of transparency on each side. */
export function renderLogo(size: number, pad = 0): Buffer {
  return encodePng(size, rasterise(size, pad));
}

function main(check: boolean): void {
  const icons = renderIcons();
  if (check) {
    const stale: string[] = [];
    for (const [name, bytes] of icons) {
      let onDisk: Buffer | null = null;
      try {
        onDisk = readFileSync(join(ICONS_DIR, name));
      } catch {
        /* missing counts as stale */
      }
      if (!onDisk || !onDisk.equals(bytes)) stale.push(`icons/${name}`);
    }
    if (stale.length) {
      console.error(`Stale or missing icons: ${stale.join(', ')}; run npm run icons`);
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
