/*
 * The page's web components as the scanner reaches them: their shadow roots, open ones and the closed
 * ones a content script may open, found under a part of the page so that they are read and watched too.
 */

/** SAGA Helper's own panel host (content/panel-api.ts PANEL_ATTR): never read, never watched. */
export const OWN_ATTR = 'data-saga-helper-panel';

/** A content script's access to closed shadow roots (chrome.dom), given by the content script. */
export type ClosedRoots = (el: Element) => ShadowRoot | null | undefined;
let closedRoots: ClosedRoots | undefined;

/** Lets the reader see closed shadow roots too, through the browser's content-script access. */
export function readClosedRoots(open: ClosedRoots | undefined): void {
  closedRoots = open;
}

/**
 * The shadow root drawn in place of `el`'s children, if this script may read it. Closed ones are asked
 * of autonomous custom elements only (a name with a dash: web components), not of every element.
 */
export function shadowOf(el: Element): ShadowRoot | null {
  const root = el.shadowRoot ?? (el.localName.includes('-') && closedRoots?.(el));
  return root && !el.hasAttribute(OWN_ATTR) ? root : null;
}

/**
 * Every shadow root under `root` (its own included) that this script may read, nested ones too: the
 * page index reads them with the page and the watcher observes them (a MutationObserver does not see
 * into them). Each element is asked, up to WALKED elements; past that, on a long page,
 * where a walk made a JS object of each element in the content script's world (6 to 10 ms for 25,000,
 * its heaviest work), only the hosts the browser finds natively are: elements with no children of their
 * own (a widget's host, a web component drawing everything itself) and custom elements not yet defined.
 * (Left aside on long pages: a shadow root on an element that keeps light children, such as a defined
 * web component with slotted text; that text is in the page and is read, with the shadow root, when it
 * holds a phrase, but changes inside that root alone are not watched.)
 */
export function shadowRootsIn(root: Element | ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  const all = root.querySelectorAll('*');
  for (const el of [root, ...(all.length > WALKED ? root.querySelectorAll(':empty,:not(:defined)') : all)]) {
    const shadow = el.nodeType == 1 && shadowOf(el as Element);
    if (shadow) shadowRootsIn(shadow, found).push(shadow);
  }
  return found;
}

// How many elements the walk for shadow roots asks one by one (about 0.4 ms in Chromium).
const WALKED = 2000;
