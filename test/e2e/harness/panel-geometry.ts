// What the panel's placement tests measure in a page: the panel's box, the outlined elements' boxes,
// and the message's (found by the test itself, from the rule's own phrases, not asked of the panel).
import type { Page } from 'playwright-core';
import { TARGET_ATTR } from '../../../src/content/panel/highlight';
import { RULES } from '../../../src/rules';
import { PANEL } from './browser';

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Geometry {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly panel: Rect | null;
  readonly targets: Rect[];
  readonly messages: Rect[];
}

/** The phrases a rule's message starts with (its first clause), the text the test looks for. */
export function messagePhrases(ruleIds: readonly string[]): string[] {
  return RULES.filter((r) => ruleIds.includes(r.id) && r.kind !== 'advice').flatMap((r) => r.when?.all[0] ?? []);
}

/** Measures the page once the panel has had two frames to settle (and the fonts to load). */
export async function geometry(page: Page, ruleIds: readonly string[]): Promise<Geometry> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  return page.evaluate(
    ([panel, target, phrases]) => {
      const box = (e: Element): Rect => {
        const { left, top, right, bottom } = e.getBoundingClientRect();
        return { left, top, right, bottom };
      };
      // Accents, case, apostrophes and spaces do not matter, as for the rules.
      const norm = (s: string): string =>
        s
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[’‘`]/g, "'")
          .replace(/\s+/g, ' ')
          .toLowerCase();
      const wanted = phrases.map(norm);
      // Every element of the page, those in open shadow roots included (not the panel's own).
      const all: Element[] = [];
      const walk = (root: ParentNode): void => {
        for (const e of root.querySelectorAll('*')) {
          if (e.matches(panel)) continue;
          all.push(e);
          if (e.shadowRoot) walk(e.shadowRoot);
        }
      };
      walk(document.body);
      const textOf = (e: Element): string => norm(`${e.textContent ?? ''} ${e.shadowRoot?.textContent ?? ''}`);
      const holds = (e: Element): boolean => wanted.some((p) => textOf(e).includes(p));
      const inside = (e: Element): Element[] => [...e.children, ...(e.shadowRoot ? e.shadowRoot.children : [])];
      // The innermost elements holding the text, as shown on screen (hidden copies have no box).
      const messages = all
        .filter((e) => holds(e) && !inside(e).some(holds))
        .map(box)
        .filter((r) => r.right > r.left && r.bottom > r.top);
      const host = document.querySelector(panel);
      return {
        viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
        panel: host ? box(host) : null,
        targets: all.filter((e) => e.hasAttribute(target)).map(box),
        messages,
      };
    },
    [PANEL, TARGET_ATTR, messagePhrases(ruleIds)] as const,
  );
}

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
