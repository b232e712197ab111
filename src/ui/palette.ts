/**
 * The panel's colours, kept apart so a test can check every text/background pair against WCAG 2.1 AA
 * (4.5:1). Colours of the French State design system (DSFR), for a familiar, official look.
 */
export const PALETTE = {
  text: '#161616',
  muted: '#3a3a3a',
  background: '#ffffff',
  brand: '#000091',
  onBrand: '#ffffff',
  error: '#ce0500',
  action: '#000091',
  success: '#18753c',
  advice: '#b34000',
  focus: '#0a76f6',
  highlight: '#e35d00',
  border: '#929292',
} as const;

/** The palette as CSS custom properties, which panel.css uses by name. */
export function paletteCss(): string {
  return `:host{${Object.entries(PALETTE)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';')}}`;
}

/** Pairs of [foreground, background] the panel actually draws text with. */
export const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  [PALETTE.text, PALETTE.background],
  [PALETTE.muted, PALETTE.background],
  [PALETTE.onBrand, PALETTE.brand],
  [PALETTE.error, PALETTE.background],
  [PALETTE.action, PALETTE.background],
  [PALETTE.success, PALETTE.background],
  [PALETTE.advice, PALETTE.background],
  [PALETTE.onBrand, PALETTE.error],
  [PALETTE.onBrand, PALETTE.success],
  [PALETTE.onBrand, PALETTE.advice],
];
