import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PALETTE, paletteCss, TEXT_PAIRS } from '../../src/ui/palette';

// WCAG 2.1 relative luminance (sRGB linearised) and contrast ratio, computed here, not trusted from src.
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const CSS = readFileSync(fileURLToPath(new URL('../../src/content/panel/panel.css', import.meta.url)), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** Every `property: value` declaration of the stylesheet, from its innermost blocks. */
function declarations(css: string): { property: string; value: string }[] {
  return [...css.matchAll(/\{([^{}]*)\}/g)].flatMap((block) =>
    (block[1] ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d.includes(':'))
      .map((d) => ({ property: d.slice(0, d.indexOf(':')).trim(), value: d.slice(d.indexOf(':') + 1).trim() })),
  );
}

/** The text inside the braces that follow the first match of `start`, nested braces included. */
function blockAfter(css: string, start: RegExp): string | null {
  const at = css.search(start);
  if (at < 0) return null;
  const open = css.indexOf('{', at);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  return null;
}

describe('contrast arithmetic', () => {
  it('gives the known WCAG ratios: black on white 21:1, #767676 on white just above 4.5:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('panel palette', () => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => [fg, bg] as const))(
    'draws text %s on %s at a contrast of at least 4.5:1 (WCAG AA)',
    (fg, bg) => {
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('covers every text colour of the palette in at least one checked pair', () => {
    const checked = new Set(TEXT_PAIRS.flat());
    for (const colour of [
      PALETTE.text,
      PALETTE.muted,
      PALETTE.error,
      PALETTE.action,
      PALETTE.success,
      PALETTE.advice,
      PALETTE.onBrand,
    ]) {
      expect(checked.has(colour)).toBe(true);
    }
  });

  it('draws focus outlines at least 3:1 against what they surround', () => {
    expect(contrast(PALETTE.focus, PALETTE.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(PALETTE.onBrand, PALETTE.brand)).toBeGreaterThanOrEqual(3);
  });

  it('paletteCss() defines every palette colour as a custom property with its value', () => {
    const css = paletteCss();
    const defined = Object.fromEntries(
      [...css.matchAll(/--([A-Za-z0-9_-]+)\s*:\s*([^;}]+)/g)].map((m) => [m[1], m[2]?.trim()]),
    );
    expect(defined).toEqual({ ...PALETTE });
    expect(css.startsWith(':host')).toBe(true);
  });
});

describe('panel.css', () => {
  it('uses no raw colour literal, except the rgba() of the box shadow', () => {
    const shadows = declarations(CSS).filter((d) => d.property === 'box-shadow');
    expect(shadows.every((d) => /rgba\(/.test(d.value))).toBe(true);
    const rest = declarations(CSS).filter((d) => d.property !== 'box-shadow');
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
    expect(rest.filter((d) => literal.test(d.value))).toEqual([]);
    // Colour properties hold only var(), lengths and keywords: a named colour ("red") is caught too.
    const keywords = new Set(['solid', 'none', 'transparent', 'inherit', 'currentcolor', 'initial']);
    const named = rest
      .filter(
        (d) =>
          /color|background|border|outline|fill|stroke/.test(d.property) && !/radius|offset|width/.test(d.property),
      )
      .flatMap((d) =>
        d.value
          .replace(/var\([^)]*\)/g, '')
          .split(/[\s,/]+/)
          .filter(Boolean),
      )
      .filter((token) => !/^-?[\d.]+[a-z%]*$/i.test(token) && !keywords.has(token.toLowerCase()));
    expect(named).toEqual([]);
  });

  it('uses only custom properties that are palette colours or the per-section --kind', () => {
    const used = new Set([...CSS.matchAll(/var\(\s*--([A-Za-z0-9_-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    const allowed = new Set([...Object.keys(PALETTE), 'kind']);
    expect([...used].filter((name) => !allowed.has(name as string))).toEqual([]);
  });

  it('turns the panel animation off for people who ask for reduced motion', () => {
    const animated = [...CSS.matchAll(/([^{}]+)\{[^{}]*\banimation\s*:(?!\s*none)[^;}]+/g)].map((m) => m[1]?.trim());
    expect(animated.length).toBeGreaterThan(0);
    const reduced = blockAfter(CSS, /@media\s*\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)/);
    expect(reduced).not.toBeNull();
    for (const selector of animated) {
      const rule = new RegExp(
        `${(selector as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{[^}]*animation\\s*:\\s*none`,
      );
      expect(reduced).toMatch(rule);
    }
  });

  it('outlines focused links and buttons with the focus colour (:focus-visible)', () => {
    const focus = [...CSS.matchAll(/([^{}]*:focus-visible[^{}]*)\{([^{}]*)\}/g)];
    const outlined = focus.find((m) => /\boutline\s*:\s*(\d+)px\s+solid\s+var\(--focus\)/.test(m[2] ?? ''));
    expect(outlined).toBeDefined();
    expect(outlined?.[1]).toMatch(/\ba:focus-visible/);
    expect(outlined?.[1]).toMatch(/\bbutton:focus-visible/);
    expect(Number(/outline\s*:\s*(\d+)px/.exec(outlined?.[2] ?? '')?.[1])).toBeGreaterThanOrEqual(2);
  });
});
