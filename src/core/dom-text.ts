/**
 * How the scanner reads text the way a person sees it: grouped in blocks (paragraphs, cells, buttons'
 * boxes), inline markup (<b>, <span>, <sup>) joined, boxes drawn apart kept apart, invisible content
 * left out, and the page's web components read as drawn (the flat tree: shadow roots, their slots).
 */
import { shadowOf } from './shadow-roots';

// The shadow-root side of reading, re-exported: the scanner's callers know this one module.
export { OWN_ATTR, readClosedRoots, shadowRootsIn, type ClosedRoots } from './shadow-roots';

// Elements that flow inside a line of text. Anything else starts a block of its own. (One string,
// split: a list of quoted names costs the content script's size budget three bytes a name.)
const INLINE = new Set(
  (
    'A ABBR B BDI BDO BR CITE CODE DATA DFN EM FONT I IMG INPUT KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB ' +
    'SUP TIME U VAR WBR BIG TT STRIKE DEL INS NOBR SLOT'
  ).split(' '),
);

// Never text a person reads on the page, or not the page's own: code, form values, embedded documents.
const SKIPPED = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT OPTION SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO HEAD ' +
    'TITLE META LINK'
  ).split(' '),
);

// ARIA roles of a table's parts: a <span role="cell"> is drawn as a cell, whatever its tag says. An
// attribute read, as cheap as the tag name.
const BOX_ROLE = /^(row|(grid)?cell|(column|row)header)$/;

// Two letters or digits: where they meet across an element's edge, the edge decides the words.
const LETTERS = /[\p{L}\p{N}]{2}/u;

/** Where a node is drawn: its slot, its parent, or the host of the shadow root it stands in (or is). */
export function flatParent(node: Node): Element | null | undefined {
  return (node as Text).assignedSlot ?? node.parentElement ?? ((node.parentNode ?? node) as ShadowRoot).host;
}

export function isBlock(el: Element, tag = el.tagName.toUpperCase()): boolean {
  return !INLINE.has(tag) || BOX_ROLE.test(el.getAttribute('role') ?? '');
}

/** Never read. (SAGA Helper's panel host holds nothing but its shadow root, which shadowOf keeps out.) */
export function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase());
}

/** The nearest block element holding `node` (the node itself if it is one), across shadow roots. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : flatParent(node);
  while (el && !isBlock(el)) el = flatParent(el);
  return el ?? null;
}

/** The block around `block` (a message box grows outwards through it), across shadow roots. */
export function parentBlock(block: Element): Element | null {
  const parent = flatParent(block);
  return parent ? blockOf(parent) : null;
}

// Whether an inline-tagged element is drawn as a box all the same (display block, inline-block,
// table-cell, flex…). A style computation: asked only where letters meet across its edge.
function drawnApart(el: Element): boolean {
  return !/^(inline|contents|none|)$/.test(el.ownerDocument.defaultView?.getComputedStyle(el).display ?? '');
}

/** Buttons made with <input>: their labels are the only form values read, never what a user typed. */
export const INPUT_BUTTONS = 'input:is([type=submit i],[type=button i],[type=reset i])';

function buttonLabel(el: Element, tag: string): string {
  return tag == 'INPUT' && el.matches(INPUT_BUTTONS) ? ` ${el.getAttribute('value') ?? ''} ` : '';
}

export type VisibilityTest = (el: Element) => boolean;

/**
 * The text a block holds directly: its text and its inline descendants', not its nested blocks'
 * (each is a block of its own, pushed onto `nested` when given). With `visible`, hidden inline
 * elements are left out too; that test costs a style computation, so it is used on candidates only.
 */
export function ownText(block: Element, nested?: Element[], visible?: VisibilityTest, limit = Infinity): string {
  let text = '';
  // Inline elements entered or left since the last text: if one is drawn as a box, the words on either
  // side are two words ("État du profil" + "Libellé du profil"), else one ("1" + <sup>"ère"</sup>).
  const crossed: Element[] = [];
  const visit = (child: Node): void => {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (crossed[0] && data) {
        if (LETTERS.test(text.slice(-1) + data[0]) && crossed.some(drawnApart)) text += ' ';
        crossed.length = 0;
      }
      text += data;
    } else if (child.nodeType === 1) {
      const el = child as Element;
      // The tag read once: this runs for every element of every block read.
      const tag = el.tagName.toUpperCase();
      // Not read, but crossed: a drop-down or a text area is a box between words (a script is none).
      if (SKIPPED.has(tag)) return void crossed.push(el);
      if (isBlock(el, tag)) {
        nested?.push(el);
        text += ' ';
      } else if (tag == 'BR') {
        text += ' ';
      } else if (!visible || visible(el)) {
        crossed.push(el);
        text += buttonLabel(el, tag);
        walk(el, tag == 'SLOT');
        crossed.push(el);
      }
    }
  };
  // What is drawn inside an element: a slot's assigned nodes (else its own), a host's shadow root.
  const walk = (parent: Element, slot?: boolean): void => {
    const assigned = slot ? (parent as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
    if (assigned[0]) assigned.forEach(visit);
    // Past `limit` characters the rest is not read (each nested block adds one: a list of 8,000 items
    // stops at its 800th with a limit of 800).
    else
      for (
        let child = (shadowOf(parent) ?? parent).firstChild;
        child && text.length <= limit;
        child = child.nextSibling
      )
        visit(child);
  };
  walk(block);
  return text;
}

/**
 * All the visible text under `root`, blocks separated by spaces, stopping once it passes `limit`
 * characters: used to read a small message box as one piece of text.
 */
export function visibleText(root: Element, visible: VisibilityTest, limit: number): string {
  const nested: Element[] = [];
  let text = ownText(root, nested, visible, limit);
  while (nested.length > 0 && text.length <= limit) {
    const el = nested.shift() as Element;
    if (visible(el)) text += ` ${ownText(el, nested, visible, limit - text.length)}`;
  }
  return text;
}
