import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/core/dom-text';
import { isInlineShown, isShown } from '../../src/core/visibility';
import { withLayout } from '../helpers/layout';

// Issue "Security", finding 6: error text a person cannot see must not show a panel, nor be quoted in
// the mail. Computed-style techniques are judged in jsdom as they are; layout ones (size, position,
// clipping by a box) with the layout stubs of test/helpers/layout.ts, since jsdom has none.
// Overflow is written as longhands: jsdom does not expand the shorthand (Chromium computes both).
function page(body: string): { doc: Document; win: Window; q: (sel: string) => Element } {
  const { window } = new JSDOM(`<!DOCTYPE html><body>${body}</body>`, { pretendToBeVisual: true });
  const doc = window.document;
  return { doc, win: window as unknown as Window, q: (sel) => doc.querySelector(sel) as Element };
}

const STYLE_CASES: [string, string][] = [
  ['opacity 0 on an ancestor', '<div style="opacity:0"><p id="t">Erreur</p></div>'],
  ['opacity 0 on itself', '<p id="t" style="opacity:0">Erreur</p>'],
  ['color transparent', '<p id="t" style="color:transparent">Erreur</p>'],
  ['color rgba(…, 0)', '<p id="t" style="color:rgba(200, 0, 0, 0)">Erreur</p>'],
  ['aria-hidden="true" on itself', '<p id="t" aria-hidden="true">Erreur</p>'],
  ['aria-hidden="true" on an ancestor', '<section aria-hidden="true"><div><p id="t">Erreur</p></div></section>'],
  ['inside a closed <details>', '<details><summary>Plus</summary><p id="t">Erreur</p></details>'],
  [
    'loose text of a closed <details> (the block is the details)',
    '<details id="t"><summary>Plus</summary>Erreur</details>',
  ],
  ['nested in a closed <details>', '<details><summary>Plus</summary><div><p id="t">Erreur</p></div></details>'],
  ['clip-path: inset(100%)', '<p id="t" style="clip-path:inset(100%)">Erreur</p>'],
  ['clip-path: inset(50%) on an ancestor', '<div style="clip-path:inset(50%)"><p id="t">Erreur</p></div>'],
  [
    'clip: rect(0 0 0 0), absolutely positioned',
    '<p id="t" style="position:absolute" data-style="clip: rect(0px, 0px, 0px, 0px)">E</p>',
  ],
  [
    'clip: rect(1px 1px 1px 1px) (sr-only)',
    '<p id="t" style="position:absolute" data-style="clip: rect(1px, 1px, 1px, 1px)">E</p>',
  ],
  ['display none (as before)', '<div style="display:none"><p id="t">Erreur</p></div>'],
  ['visibility hidden (as before)', '<div style="visibility:hidden"><p id="t">Erreur</p></div>'],
];

const SHOWN_CASES: [string, string][] = [
  ['plain text', '<p id="t">Erreur</p>'],
  ['dark text on a light box', '<div style="background:#fdecea"><p id="t" style="color:#8e1c12">Erreur</p></div>'],
  ['aria-hidden="false"', '<p id="t" aria-hidden="false">Erreur</p>'],
  ['the summary of a closed <details>', '<details><summary id="t">Erreur</summary><p>x</p></details>'],
  ['inside an open <details>', '<details open><summary>Plus</summary><p id="t">Erreur</p></details>'],
  ['opacity .5', '<p id="t" style="opacity:.5">Erreur</p>'],
  ['clip-path: inset(10px)', '<p id="t" style="clip-path:inset(10px)">Erreur</p>'],
  [
    'clip: rect(…) that leaves the text',
    '<p id="t" style="position:absolute" data-style="clip: rect(0px, 300px, 20px, 0px)">E</p>',
  ],
  ['white on a background image', '<div style="background:url(x.png) #fff"><p id="t" style="color:#fff">E</p></div>'],
];

describe('isShown: hiding by style (jsdom computes these)', () => {
  it.each(STYLE_CASES)('hidden: %s', (_name, html) => {
    const { q, win } = page(html);
    withLayout(win, { checkVisibility: false });
    expect(isShown(q('#t'))).toBe(false);
  });

  it.each(SHOWN_CASES)('shown: %s', (_name, html) => {
    const { q, win } = page(html);
    withLayout(win, { checkVisibility: false });
    expect(isShown(q('#t'))).toBe(true);
  });
});

const LAYOUT_CASES: [string, string][] = [
  ['zero size', '<p id="t" data-rect="10 10 0 0">Erreur</p>'],
  ['its text of zero size (font-size 0)', '<p id="t" data-text="10 10 0 0">Erreur</p>'],
  ['off-screen to the left (-9999px)', '<p id="t" data-rect="-9999 10 300 20">Erreur</p>'],
  ['off-screen above the page', '<p id="t" data-rect="10 -5000 300 20">Erreur</p>'],
  ['its text indented off-screen', '<p id="t" data-rect="10 10 300 20" data-text="-9989 10 300 20">Erreur</p>'],
  [
    'in a zero-size parent with overflow hidden',
    '<div style="overflow-x:hidden;overflow-y:hidden" data-rect="10 10 0 0"><p id="t" data-rect="10 10 300 20">E</p></div>',
  ],
  [
    'moved out of its overflow-hidden box',
    '<div style="overflow-y:clip" data-rect="10 10 300 100"><p id="t" data-rect="10 500 300 20">Erreur</p></div>',
  ],
  ['a 1 × 1 px box with overflow hidden (sr-only)', '<p id="t" style="overflow-x:hidden" data-rect="5 5 1 1">E</p>'],
  ['checkVisibility says no (content-visibility, …)', '<div data-cv="false"><p id="t">Erreur</p></div>'],
];

describe('isShown: hiding by layout (stubbed, as Chromium computes it)', () => {
  it.each(LAYOUT_CASES)('hidden: %s', (_name, html) => {
    const { q, win } = page(html);
    withLayout(win);
    expect(isShown(q('#t'))).toBe(false);
  });

  // Firefox measures a Range over contents that hold a <slot> as no box at all: the element's box decides.
  it('shown: a message whose contents Firefox gives no box (a <slot> in it), by its own box', () => {
    const { q, win } = page('<p id="t" data-rect="10 10 300 20" data-text="none">Erreur <slot></slot></p>');
    withLayout(win);
    expect(isShown(q('#t'))).toBe(true);
  });

  it('asks checkVisibility about display and content-visibility: hidden; opacity and visibility are its own', () => {
    const { q, win } = page('<p id="t">Erreur</p>');
    const layout = withLayout(win);
    expect(isShown(q('#t'))).toBe(true);
    expect(layout.checkVisibilityCalls).toHaveLength(1);
    // Below the fold in a content-visibility: auto section is not hidden: scrolling shows it.
    expect(layout.checkVisibilityCalls[0]).toBeUndefined();
  });

  it.each([
    [
      'white on a blue button',
      '<div style="background:#fff"><button id="t" style="color:#fff;background:#1d5aa6">V</button></div>',
    ],
    ['white on a background image', '<div style="background:url(x.png) #fff"><p id="t" style="color:#fff">E</p></div>'],
    ['dark on a light box', '<div style="background:#fdecea"><p id="t" style="color:#8e1c12">Erreur</p></div>'],
  ])('shown: %s', (_name, html) => {
    const { q, win } = page(html);
    withLayout(win);
    expect(isShown(q('#t'))).toBe(true);
  });

  it('shown: display: contents (no box of its own, so checkVisibility says no: its text is measured)', () => {
    const { q, win } = page('<div id="t" style="display:contents" data-cv="false">Erreur</div>');
    withLayout(win);
    expect(isShown(q('#t'))).toBe(true);
  });

  it('shown: off-screen only to the right or below, where scrolling reaches', () => {
    const { q, win } = page('<p id="t" data-rect="3000 9000 300 20">Erreur</p>');
    withLayout(win);
    expect(isShown(q('#t'))).toBe(true);
  });
});

describe('the mail quotes only visible text (visibleText with isInlineShown)', () => {
  const BOX =
    '<div id="box" style="background:#fdecea">Appairage impossible.' +
    '<span style="opacity:0"> OPACITY</span><span aria-hidden="true"> ARIA</span>' +
    '<span style="color:transparent"> TRANSPARENT</span><span style="clip-path:inset(100%)"> CLIPPATH</span>' +
    '<span style="position:absolute" data-style="clip: rect(0px, 0px, 0px, 0px)"> CLIP</span>' +
    '<span data-rect="-9999 0 100 20"> OFFSCREEN</span><span data-rect="0 0 0 0"> ZERO</span>' +
    '<p style="opacity:0">BLOCKOPACITY</p><details><summary>Plus</summary><p>DETAILS</p></details>' +
    '<div aria-hidden="true"><p>NESTEDARIA</p></div> Contactez le CNG.</div>';

  it('leaves out every hidden part of the message box', () => {
    const { q, win } = page(BOX);
    withLayout(win);
    const text = visibleText(q('#box'), isInlineShown, 1000).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Appairage impossible. Contactez le CNG. Plus');
  });

  it('without layout (jsdom as is) leaves out the hidden parts it can judge', () => {
    const { q } = page(BOX);
    const text = visibleText(q('#box'), isInlineShown, 1000).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Appairage impossible. CLIP OFFSCREEN ZERO Contactez le CNG. Plus');
  });

  it('keeps a button label (an <input> has no contents to measure: its own box counts)', () => {
    const { q, win } = page('<div id="box">Cliquez <input type="submit" value="Valider" data-rect="0 0 80 30"></div>');
    withLayout(win);
    expect(visibleText(q('#box'), isInlineShown, 1000).replace(/\s+/g, ' ').trim()).toBe('Cliquez Valider');
  });
});
