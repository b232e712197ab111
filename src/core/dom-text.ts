/**
 * How the scanner reads text the way a person sees it: grouped in blocks (paragraphs, cells, buttons'
 * boxes), inline markup (<b>, <span>, <sup>, <br>) joined, and invisible content left out.
 */

// Elements that flow inside a line of text. Anything else starts a block of its own. (One string,
// split: a list of quoted names costs the content script's size budget three bytes a name.)
const INLINE = new Set(
  (
    'A ABBR B BDI BDO BR CITE CODE DATA DFN EM FONT I IMG INPUT KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB ' +
    'SUP TIME U VAR WBR BIG TT STRIKE DEL INS NOBR'
  ).split(' '),
);

// Never text a person reads on the page, or not the page's own: code, form values, embedded documents.
const SKIPPED = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT OPTION SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO HEAD ' +
    'TITLE META LINK'
  ).split(' '),
);

export function isBlock(el: Element): boolean {
  return !INLINE.has(el.tagName.toUpperCase());
}

export function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase());
}

/** The nearest block element holding `node` (the node itself if it is one). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el;
}

/** Labels of buttons made with <input>; the only form values read, never what a user typed. */
function buttonLabel(el: Element): string {
  if (el.tagName !== 'INPUT') return '';
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return type === 'submit' || type === 'button' || type === 'reset' ? ` ${el.getAttribute('value') ?? ''} ` : '';
}

export type VisibilityTest = (el: Element) => boolean;

/**
 * The text a block holds directly: its text and its inline descendants', not its nested blocks'
 * (each is a block of its own, pushed onto `nested` when given). With `visible`, hidden inline
 * elements are left out too; that test costs a style computation, so it is used on candidates only.
 */
export function ownText(block: Element, nested?: Element[], visible?: VisibilityTest): string {
  let text = '';
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        if (isBlock(el)) {
          nested?.push(el);
          text += ' ';
        } else if (el.tagName === 'BR') {
          text += ' ';
        } else if (!visible || visible(el)) {
          text += buttonLabel(el);
          walk(el);
        }
      }
    }
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
  let text = ownText(root, nested, visible);
  while (nested.length > 0 && text.length <= limit) {
    const el = nested.shift() as Element;
    if (visible(el)) text += ` ${ownText(el, nested, visible)}`;
  }
  return text;
}
