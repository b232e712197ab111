import { PALETTE } from './palette';
import { el } from './dom';

// DOM helpers shared by the popup and the help page. Text goes in through textContent only (el): the
// views show strings from the worker and the page (error codes, URLs) that must never be parsed as HTML.
export { el };

/** A link that opens in a new tab without giving the opened page a handle on the extension page. */
export function externalLink(
  doc: Document,
  href: string,
  text: string,
  attrs: Record<string, string> = {},
): HTMLAnchorElement {
  return el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', ...attrs }, text);
}

/**
 * The panel's palette as custom properties of the page root, so pages.css draws with the very colours
 * whose contrast palette.test.ts checks, and no colour is written twice.
 */
export function applyPalette(doc: Document): void {
  for (const [name, value] of Object.entries(PALETTE)) doc.documentElement.style.setProperty(`--${name}`, value);
}

/** The page's <main>, created when the HTML file lacks one. */
export function mainOf(doc: Document): HTMLElement {
  return doc.querySelector('main') ?? doc.body.appendChild(doc.createElement('main'));
}

/** The message of a rejection, whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
