import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflateSync, crc32 } from 'node:zlib';
import { renderIcons, SIZES } from '../scripts/make-icons';

const ICONS_DIR = new URL('../icons/', import.meta.url);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function readChunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const chunks: Chunk[] = [];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    const typeAndData = png.subarray(off + 4, off + 8 + len);
    // zlib.crc32 is an independent check of the script's hand-written CRC table.
    const crcOk = crc32(typeAndData) === png.readUInt32BE(off + 8 + len);
    chunks.push({ type: typeAndData.subarray(0, 4).toString('ascii'), data: typeAndData.subarray(4), crcOk });
    off += 12 + len;
  }
  return chunks;
}

/** Decodes the script's PNGs, which use filter type 0 on every row. */
function decode(png: Buffer) {
  const chunks = readChunks(png);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4 + 1;
  expect(raw.length).toBe(stride * height);
  for (let y = 0; y < height; y++) expect(raw[y * stride]).toBe(0);
  const alpha = (x: number, y: number) => raw[y * stride + 1 + x * 4 + 3]!;
  return { chunks, width, height, bitDepth: ihdr[8], colourType: ihdr[9], alpha };
}

describe('extension icons', () => {
  const rendered = renderIcons();

  it('renders exactly the four manifest sizes, deterministically', () => {
    expect([...rendered.keys()].sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-48.png']);
    for (const [name, bytes] of renderIcons()) expect(bytes.equals(rendered.get(name)!)).toBe(true);
  });

  describe.each(SIZES)('%i px', (size) => {
    const name = `icon-${size}.png`;

    it('committed PNG matches renderIcons() byte for byte (else run npm run icons)', () => {
      const committed = readFileSync(new URL(name, ICONS_DIR));
      expect(committed.equals(rendered.get(name)!)).toBe(true);
    });

    it('is a minimal 8-bit RGBA PNG of the right size with valid CRCs', () => {
      const png = decode(rendered.get(name)!);
      expect(png.width).toBe(size);
      expect(png.height).toBe(size);
      expect(png.bitDepth).toBe(8);
      expect(png.colourType).toBe(6);
      expect(png.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
      expect(png.chunks.every((c) => c.crcOk)).toBe(true);
    });

    it('is opaque in the centre and transparent in the corners', () => {
      const { alpha } = decode(rendered.get(name)!);
      const mid = size >> 1;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) expect(alpha(mid + dx, mid + dy)).toBe(255);
      // At 16 px the 18 % radius is 2.9 px, so the curve grazes the corner pixel: allow a faint anti-aliased edge.
      const maxCornerAlpha = size === 16 ? 16 : 0;
      for (const [x, y] of [
        [0, 0],
        [size - 1, 0],
        [0, size - 1],
        [size - 1, size - 1],
      ] as const) {
        expect(alpha(x, y)).toBeLessThanOrEqual(maxCornerAlpha);
      }
    });
  });
});
