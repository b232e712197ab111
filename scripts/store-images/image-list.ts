// The store images: one list for the script that makes them (npm run store-images), the test that checks
// them, the package script that copies them into release/store/ and docs/store/README.md.
// No browser import here: the test reads this list without Chromium.

export type StoreName = 'chrome' | 'edge';

interface Base {
  /** File name under docs/store/images/. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** Where it goes, in the words of the stores' forms. */
  readonly field: string;
  readonly stores: readonly StoreName[];
}

/** Drawn in Node from the icon's geometry (scripts/make-icons.ts): byte for byte reproducible. */
export interface LogoImage extends Base {
  readonly kind: 'logo';
  /** Transparent margin on each side, px. */
  readonly pad: number;
}

/** Rendered by Chromium: opaque, PNG colour type 2 (the Chrome Web Store refuses alpha). */
export interface RenderedImage extends Base {
  readonly kind: 'promo' | 'screenshot' | 'popup';
  /** Screenshots: the rule whose panel the page shows (its screen in scripts/demo-shots.ts). */
  readonly rule?: string;
}

export type StoreImage = LogoImage | RenderedImage;

export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;

const shot = (n: number, rule: string, stores: readonly StoreName[] = ['chrome', 'edge']): RenderedImage => ({
  kind: 'screenshot',
  file: `screenshot-${n}-${rule}.png`,
  ...SCREENSHOT_SIZE,
  field: 'Screenshots',
  stores,
  rule,
});

// The Chrome Web Store takes 5 screenshots at most, Edge 10: the first five are the Chrome set.
export const STORE_IMAGES: readonly StoreImage[] = [
  // Chrome wants 96 px of artwork in 16 px of transparent padding; Edge shows its 300 px logo as is.
  { kind: 'logo', file: 'logo-128.png', width: 128, height: 128, pad: 16, field: 'Store icon', stores: ['chrome'] },
  {
    kind: 'logo',
    file: 'logo-300.png',
    width: 300,
    height: 300,
    pad: 0,
    field: 'Extension Store logo',
    stores: ['edge'],
  },
  {
    kind: 'promo',
    file: 'promo-440x280.png',
    width: 440,
    height: 280,
    field: 'Small promo tile',
    stores: ['chrome', 'edge'],
  },
  shot(1, 'saga-rights-invalid'),
  shot(2, 'saga-pairing-failed'),
  {
    kind: 'popup',
    file: 'screenshot-3-popup.png',
    ...SCREENSHOT_SIZE,
    field: 'Screenshots',
    stores: ['chrome', 'edge'],
  },
  shot(4, 'plage-profile-missing'),
  shot(5, 'hotline-portal'),
  shot(6, 'saga-account-choice', ['edge']),
  shot(7, 'saga-first-login', ['edge']),
];
