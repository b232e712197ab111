/*
 * Reading a message off the page for an unknown-message report, safely: what a person sees of it, block
 * by block, and never what a person typed. Form fields' values are never read by ownText (it reads an
 * <input> only for a button's label, and skips <textarea>, <select>); what it would read, and this
 * module must not, is the text of regions a person types into (contenteditable, ARIA text boxes) and
 * SAGA Helper's own panel.
 */
import { flatParent, isBlock, isSkipped, ownText, type VisibilityTest } from './dom-text';
import { OWN_ATTR, shadowOf } from './shadow-roots';

/** Whether a node is SAGA Helper's own (the panel's host, by identity): never offered, never read. */
export type Owns = (node: Node) => boolean;

/** The most characters of a message's text, in a candidate and in a report. */
export const MAX_TEXT = 1000;
// The most blocks read for one message (a message box holds a few), unless a budget is given.
const READ_BLOCKS = 500;

/** Work left to a reading (a block read, a visibility weighed): one budget for all of a page's candidates. */
export interface Budget {
  left: number;
}

// Where a person types, or picks a value: what these hold is theirs, not the page's message. Told by
// tag and attribute reads, not a selector: this is asked of every element a report's walk visits. A
// contenteditable="false" island inside an editable region is still inside it (asked up the tree).
const FIELDS = new Set(['input', 'textarea', 'select', 'option', 'optgroup', 'datalist']);
const TYPED_ROLES = /^(textbox|searchbox|combobox|spinbutton)$/i;
// Buttons made with <input> (dom-text's INPUT_BUTTONS): their value is the label the page wrote.
const INPUT_BUTTON = /^(submit|button|reset)$/i;

/** White space of every kind (and zero-width spaces, as normalise() reads them) made one plain space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u200B-\u200D\uFEFF]+/g, ' ').trim();
}

/**
 * Whether `el` is a field, a region a person types into, or the panel's own host. A button made with
 * <input> is none: its value is the label the page wrote, read as the scanner reads it.
 */
export function isTyped(el: Element, owns: Owns): boolean {
  const tag = el.localName;
  if (FIELDS.has(tag)) return tag != 'input' || !INPUT_BUTTON.test(el.getAttribute('type') ?? '');
  const editable = el.getAttribute('contenteditable');
  return (
    (editable !== null && editable.toLowerCase() != 'false') ||
    TYPED_ROLES.test(el.getAttribute('role') ?? '') ||
    el.hasAttribute(OWN_ATTR) ||
    owns(el)
  );
}

/** Whether `node` stands in a field, an editable region or the panel, in the tree as drawn (shadow roots). */
export function inTyped(node: Node | null | undefined, owns: Owns): boolean {
  if (!node) return false;
  const doc = node.ownerDocument ?? (node as Document);
  if (doc.designMode == 'on') return true;
  for (let el = node.nodeType == 1 ? (node as Element) : flatParent(node); el; el = flatParent(el))
    if (isTyped(el, owns)) return true;
  return false;
}

/** A message as read: its text for the director, and its blocks' texts for the phrases of a rule. */
export interface MessageText {
  /** Visible text, white space collapsed, at most MAX_TEXT characters. */
  readonly text: string;
  /**
   * The text of each block, in the order a person reads them: a block as the page index reads one
   * (core/page-index.ts), so that a phrase taken within one line is found again by the scanner.
   */
  readonly lines: readonly string[];
}

/** A cut at a word's end, so that no phrase ends in half a word. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const end = head.search(/\s\S*$/);
  return (end > 0 ? head.slice(0, end) : head.slice(0, max)).trim();
}

/** A block offered as a message: where it stands, what it says, and why it was offered. */
export interface FoundMessage extends MessageText {
  readonly element: Element;
  readonly source: 'selection' | 'alert' | 'block';
}

/** Lines as a message: each collapsed, the whole cut at a word's end past `limit` characters. */
export function fromLines(raw: readonly string[], limit = MAX_TEXT): MessageText {
  const lines: string[] = [];
  let left = limit;
  for (const text of raw) {
    if (left < 1) break;
    const line = cut(collapse(text), left);
    if (line) lines.push(line);
    left -= line.length + 1;
  }
  return { text: lines.join(' '), lines };
}

/**
 * Where a block's own text starts among its children: its first text, or inline element holding some
 * (a button made with <input> holds its label). Null when all its text is in nested blocks.
 */
function firstInline(block: Element): Node | null {
  for (let child = (shadowOf(block) ?? block).firstChild; child; child = child.nextSibling) {
    if (child.nodeType == 3 && (child as Text).data.trim()) return child;
    const el = child as Element;
    if (child.nodeType == 1 && !isSkipped(el) && !isBlock(el) && (el.textContent?.trim() || el.localName == 'input'))
      return child;
  }
  return null;
}

/**
 * The visible text under `root`, block by block as a person reads them (a block's own text, which the
 * scanner reads as one piece, where its first words stand: after the nested blocks drawn before them),
 * leaving out every part `part` refuses: hidden, typed into, the panel. `root` itself must already be
 * known to be seen and safe. Bounded: stops past `limit` characters, or once `budget` is spent (a block
 * read costs one: a box of little text over a huge subtree, a hostile page's, is not read to its end).
 */
export function readMessage(
  root: Element,
  part: VisibilityTest,
  limit = MAX_TEXT,
  budget: Budget = { left: READ_BLOCKS },
): MessageText {
  const lines: string[] = [];
  let length = 0;
  // Blocks to read, and own texts to write out once the blocks drawn before them are read.
  const stack: (Element | string)[] = [root];
  for (let next = stack.pop(); next !== undefined && length <= limit && budget.left > 0; next = stack.pop()) {
    if (typeof next == 'string') {
      lines.push(next);
      length += next.length + 1;
      continue;
    }
    budget.left--;
    if (next !== root && !part(next)) continue;
    const nested: Element[] = [];
    const line = collapse(ownText(next, nested, part, limit - length));
    const first = line ? firstInline(next) : null;
    // Nested blocks before the own text's first words (in the same tree: across shadow roots, after).
    let before = 0;
    while (first && before < nested.length && (nested[before] as Element).compareDocumentPosition(first) & 4) before++;
    for (let i = nested.length - 1; i >= before; i--) stack.push(nested[i] as Element);
    if (line) stack.push(line);
    for (let i = before - 1; i >= 0; i--) stack.push(nested[i] as Element);
  }
  return fromLines(lines, limit);
}

/** A block's own visible text alone, as one line (its nested blocks are messages of their own). */
export function readOwn(block: Element, part: VisibilityTest, limit = MAX_TEXT): MessageText {
  return fromLines([ownText(block, undefined, part, limit)], limit);
}
