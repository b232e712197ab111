import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderLogo } from '../../scripts/make-icons';
import { STORE_IMAGES } from '../../scripts/store-images/image-list';
import { opaqueProblem, pngInfo } from '../../scripts/store-images/png-info';

// No browser here: the images are committed, made by `npm run store-images`; this reads their headers.
const IMAGES = fileURLToPath(new URL('../../docs/store/images/', import.meta.url));
const image = (file: string): Buffer => readFileSync(`${IMAGES}${file}`);
const REGENERATE = 'run npm run store-images';

describe('store images', () => {
  it('are exactly the listed files (none missing, none stale)', () => {
    expect(readdirSync(IMAGES).sort(), REGENERATE).toEqual(STORE_IMAGES.map((i) => i.file).sort());
  });

  it.each(STORE_IMAGES.map((i) => [i.file, i] as const))('%s has the size the stores ask for', (file, wanted) => {
    const info = pngInfo(image(file));
    expect([info.width, info.height], REGENERATE).toEqual([wanted.width, wanted.height]);
  });

  it.each(STORE_IMAGES.filter((i) => i.kind !== 'logo').map((i) => [i.file, i] as const))(
    '%s is a 24-bit PNG without alpha (PNG colour type 2), as the Chrome Web Store wants',
    (file, wanted) => {
      expect(opaqueProblem(image(file), wanted.width, wanted.height), REGENERATE).toBeNull();
      expect(pngInfo(image(file))).toMatchObject({ colourType: 2, bitDepth: 8 });
    },
  );

  it.each(STORE_IMAGES.flatMap((i) => (i.kind === 'logo' ? [[i.file, i] as const] : [])))(
    '%s is the icon as drawn by make-icons, byte for byte',
    (file, logo) => {
      expect(image(file).equals(renderLogo(logo.width, logo.pad)), REGENERATE).toBe(true);
    },
  );

  it('has one promo tile of 440 x 280, screenshots of 1280 x 800, at most 5 for Chrome and 10 for Edge', () => {
    const shots = STORE_IMAGES.filter((i) => i.kind === 'screenshot' || i.kind === 'popup');
    expect(STORE_IMAGES.filter((i) => i.kind === 'promo').map((i) => [i.width, i.height])).toEqual([[440, 280]]);
    for (const shot of shots) expect([shot.width, shot.height], shot.file).toEqual([1280, 800]);
    expect(shots.filter((s) => s.stores.includes('chrome')).length).toBeLessThanOrEqual(5);
    expect(shots.filter((s) => s.stores.includes('edge')).length).toBeLessThanOrEqual(10);
    expect(shots.filter((s) => s.kind === 'popup')).toHaveLength(1);
  });

  it('are each named in docs/store/README.md, which says where they go', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../docs/store/README.md', import.meta.url)), 'utf8');
    for (const { file } of STORE_IMAGES) expect(readme, file).toContain(file);
  });
});

describe('the PNG header reader', () => {
  it('tells an RGBA PNG from an opaque one, and refuses what is not a PNG', () => {
    expect(pngInfo(renderLogo(32))).toEqual({ width: 32, height: 32, bitDepth: 8, colourType: 6 });
    expect(opaqueProblem(renderLogo(32), 32, 32)).toMatch(/colour type 6/);
    expect(opaqueProblem(renderLogo(32), 64, 32)).toMatch(/32x32 instead of 64x32/);
    expect(() => pngInfo(Buffer.from('not a png at all, but long enough to read'))).toThrow(/not a PNG/);
  });
});
