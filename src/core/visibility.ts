/*
 * Whether a person can see an element: visible means visible, not merely present. Costs a style
 * computation per ancestor and a few layout reads, so the scanner asks it only of candidate blocks
 * (those whose text already matched a phrase) and of the parts of their message boxes.
 */

// A computed colour with alpha 0 ("transparent" computes to rgba(0, 0, 0, 0)).
const CLEAR = /^rgba.*, 0\)$/;
// clip-path that leaves nothing: an inset of half or more from every side, a circle of radius 0.
const NO_PATH = /^inset\(([5-9]\d|\d{3,})%|^circle\(0/;
// clip: rect() of four equal lengths, an area of 0 (rect(0 0 0 0), rect(1px, 1px, 1px, 1px): the
// usual ways to hide text from the eye).
const NO_RECT = /^rect\((\S+), \1, \1, \1\)/;
// Overflow values that cut what stands outside the box (scrolling reaches the rest).
const CUTS = /hid|cl/;
// Hidden from everyone who reads the page: aria-hidden, or what a closed <details> holds besides its
// summary. (The hidden attribute computes to display: none, and <template> holds no elements.)
const UNREAD = '[aria-hidden=true],details:not([open])>:not(summary)';

function textBox(el: Element): DOMRect {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  // Firefox gives a Range over contents that hold a <slot> no box at all (no rects, 0×0): the element's
  // own box then, or a message inside a web component would read as hidden there.
  return (el.firstChild && range.getClientRects().length ? range : el).getBoundingClientRect();
}

function shown(el: Element, whole: boolean): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return !whole;
  const own = view.getComputedStyle(el);
  // visibility is inherited, so the element's own computed value settles it for the whole chain; a
  // transparent colour too (parts that set their own colour are judged as parts).
  if (own.visibility != 'visible' || CLEAR.test(own.color) || el.closest(UNREAD)) return false;
  // A closed <details> as the block itself: its own text is what it hides (its summary is a block
  // of its own).
  if (whole && el.matches('details:not([open])')) return false;
  // Browsers with checkVisibility (every one the manifest allows) have layout: boxes are measured.
  // jsdom has neither, and gets the style checks alone.
  const laidOut = 'checkVisibility' in el;
  if (
    laidOut &&
    own.display != 'contents' &&
    // Opacity and visibility are checked by the style walk above; content-visibility:auto is not
    // hidden (a section below the fold holds text a person reaches by scrolling, with no DOM change).
    !el.checkVisibility()
  )
    return false;
  // What a person may see of the text: its box (a Range measures text moved by text-indent, or 0 px
  // high; an <input> has no contents, its own box), cut by the page's start (nothing scrolls to
  // -9999px) and by each box that clips it. (Without layout, a box that passes.)
  let { left, top, right, bottom } = laidOut ? textBox(el) : { left: 0, top: 0, right: 9, bottom: 9 };
  left = Math.max(left, -view.scrollX);
  top = Math.max(top, -view.scrollY);
  for (let node: Element | null = el; node; node = whole ? node.parentElement : null) {
    const style = node == el ? own : view.getComputedStyle(node);
    if (
      style.display == 'none' ||
      style.contentVisibility == 'hidden' ||
      style.opacity == '0' ||
      NO_PATH.test(style.clipPath) ||
      NO_RECT.test(style.clip)
    )
      return false;
    // Overflow of <body> and <html> is the window's, which scrolls.
    if (laidOut && node.parentElement?.parentElement) {
      const box = node.getBoundingClientRect();
      if (CUTS.test(style.overflowX)) {
        left = Math.max(left, box.left);
        right = Math.min(right, box.right);
      }
      if (CUTS.test(style.overflowY)) {
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
    }
  }
  // Nothing left to see once cut. (Text of the background's colour, and text covered by another
  // element, are not judged: each cost the content script's size budget 150 to 200 bytes.)
  return !laidOut || (right - left > 1 && bottom - top > 1);
}

/** Whether a person can see a block: its own style, its ancestors', its box. */
export function isShown(el: Element): boolean {
  return el.isConnected && shown(el, true);
}

/** Visibility of a part (inline, or a nested block) of a block already known to be shown. */
export function isInlineShown(el: Element): boolean {
  return shown(el, false);
}
