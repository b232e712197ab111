/*
 * The blocks of a page that look like messages, offered to the director for an unknown-message report
 * (content/panel/tab-answers.ts): the error boxes the recognition trusts (core/error-signals.ts), then
 * short standalone blocks that read as a sentence. Found in one walk of the page as drawn (shadow roots
 * at their hosts), in document order, bounded however big the page: it runs once per click.
 */
import { isBlock, isSkipped, ownText } from './dom-text';
import { ERROR, surroundings, within } from './error-signals';
import { offeredBoxes } from './message-boxes';
import { collapse, isTyped, readMessage, readOwn, type Budget, type FoundMessage, type Owns } from './message-reading';
import { shadowOf } from './shadow-roots';
import { isInlineShown, isShown } from './visibility';

/** The most candidates a page offers (the selection included, content/panel/tab-answers.ts). */
export const MAX_CANDIDATES = 8;
// Elements walked, shadow roots included: a tag, four attributes and a regular expression each (in
// Chromium some 10 ms for 25,000). Past them, a page of 50,000 elements is not read further.
const WALKED = 25_000;
// Work for the candidates found (a visibility weighed, a block of a box read: each a style computation),
// one budget for the boxes, one for the blocks, so that neither starves the other: a page of thousands
// of hidden, nested or near boxes costs no more. Blocks of text weighed (their own text read, at most
// BLOCK_MAX characters: style reads where inline parts meet); standalone blocks kept before offering.
const BOX_WORK = 3000;
const BLOCK_WORK = 1000;
const BLOCKS_WEIGHED = 3000;
const BLOCKS_KEPT = 2 * MAX_CANDIDATES;
// A box with more text than this is a part of the page, not a message box (evaluate.ts's MESSAGE_LIMIT).
const BOX_LIMIT = 800;
// A standalone block: a sentence, not a word (a label) nor prose (error-signals' limit for a message).
const BLOCK_MIN = 10;
const BLOCK_MAX = 400;

// Never walked into: navigation and menus (a "Messagerie" link is no message), hidden subtrees.
const MENU_TAGS = new Set(['nav', 'menu']);
const MENU_ROLES = /^(navigation|menu|menubar|tablist|tree|listbox)$/;
// Walked for error boxes, but no block of theirs stands as a message of its own: page header and
// footer, side notes, disclosures, definitions, quotations, forms' labels, tables' headers.
const QUIET_TAGS = new Set(
  'header footer aside details summary dl blockquote figcaption label legend th caption'.split(' '),
);
const QUIET_ROLES = /^(banner|contentinfo|complementary|toolbar|columnheader|rowheader)$/;
// Controls: neither a box nor a block, nor anything inside them (a button's "error" icon).
const CONTROL_TAGS = new Set(['a', 'button']);
const CONTROL_ROLES = /^(button|link)$/;
// What a block's sentence is not made of: buttons' labels and fields' labels (a form's line). Links are
// words of a message like any other ("Votre session a expiré, <a>reconnectez-vous</a>").
const notSentence = (e: Element): boolean =>
  e.localName == 'button' ||
  e.localName == 'input' ||
  e.getAttribute('role') == 'button' ||
  (e.localName == 'label' && (e.hasAttribute('for') || !!e.querySelector('input,select,textarea')));
// A box's names (error-signals' test) that say information or success: no error, nor are its parts.
const NOT_ERROR = /info|succes/i;
// The boxes that say so in ARIA or HTML, for assistive technologies: a stronger sign of the message
// itself than a class name, which a wrapper around fields and all may bear.
const EXPLICIT_ROLES = /^(alert|alertdialog|dialog)$/;
const QUIET = 1;
const INFO = 2;

const key = (text: string): string => text.toLowerCase();

/**
 * Whether a block holds text of its own (a text, an inline element) as drawn (its shadow root's, if it
 * has one), not only nested blocks: a wrapper is not weighed as a sentence.
 */
function hasOwnText(el: Element): boolean {
  for (let child = (shadowOf(el) ?? el).firstChild; child; child = child.nextSibling)
    if (child.nodeType == 3 ? /\S/.test((child as Text).data) : child.nodeType == 1 && !isBlock(child as Element))
      return true;
  return false;
}

/**
 * Whether a standalone block's own text reads as a sentence (three words, two of four letters or more):
 * not a label, a code, a number, a question.
 */
function isSentence(el: Element): boolean {
  // An item among others (a list of news, of arrêtés) first, before any of its text is read (its inline
  // parts may cost style reads): no message stands in one outside an error box (error-signals.ts).
  const tag = el.tagName;
  if (/^(LI|ARTICLE)$/.test(tag) && [el.previousElementSibling, el.nextElementSibling].some((e) => e?.tagName == tag))
    return false;
  const own = collapse(ownText(el, undefined, undefined, BLOCK_MAX + 1));
  if (own.length < BLOCK_MIN || own.length > BLOCK_MAX || own.endsWith('?')) return false;
  const words = own.split(' ').filter((w) => /\p{L}{2}/u.test(w));
  const letters = own.replace(/[^\p{L}]/gu, '').length;
  if (
    words.length < 3 ||
    words.filter((w) => /\p{L}{4}/u.test(w)).length < 2 ||
    letters * 2 < own.replace(/ /g, '').length
  )
    return false;
  // Mostly the words of buttons and of fields' labels: a form's line.
  const plain = collapse(ownText(el, undefined, (e) => !notSentence(e)));
  return plain.length * 2 >= own.length;
}

/**
 * The visible blocks of `doc` that look like messages, best first, at most MAX_CANDIDATES: error boxes
 * in document order, then standalone blocks in document order; nested ones that say the same, once.
 * Never the panel's own host (`owns`), a field's value, a password, a select's options or a region a
 * person types into; nothing in menus, hidden subtrees, help or news.
 */
export function messageCandidates(doc: Document, owns: Owns): FoundMessage[] {
  const body = doc.body;
  if (!body || doc.designMode == 'on') return [];
  const part = (el: Element): boolean => !isTyped(el, owns) && isInlineShown(el);
  const boxes: FoundMessage[] = [];
  const explicit = new Set<Element>();
  const blocks: FoundMessage[] = [];
  const budget: Budget = { left: BOX_WORK };
  const blockBudget: Budget = { left: BLOCK_WORK };
  const seen = (el: Element, work: Budget): boolean => work.left-- > 0 && isShown(el);
  let blocksWeighed = 0;
  const stack: [Element, number][] = [[body, 0]];
  for (let walked = 0, next = stack.pop(); next && walked < WALKED; walked++, next = stack.pop()) {
    const [el, outer] = next;
    const tag = el.localName;
    const role = el.getAttribute('role') ?? '';
    if (isSkipped(el) || isTyped(el, owns) || MENU_TAGS.has(tag) || MENU_ROLES.test(role)) continue;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') == 'true') continue;
    const live = el.getAttribute('aria-live') ?? '';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${role} ${live}`;
    let flags = outer;
    if (QUIET_TAGS.has(tag) || QUIET_ROLES.test(role)) flags |= QUIET;
    if (CONTROL_TAGS.has(tag) || CONTROL_ROLES.test(role)) flags |= QUIET | INFO;
    if (NOT_ERROR.test(names)) flags |= INFO;
    if (!(flags & INFO) && ERROR.test(`${tag} ${names}`)) {
      if (!(surroundings(el) & 2) && seen(el, budget)) {
        // Read a little past the limit: the cut at a word's end must not bring a long box under it. A
        // box the budget ran out in is not offered (its text would be cut short).
        const found: FoundMessage = { element: el, source: 'alert', ...readMessage(el, part, BOX_LIMIT + 100, budget) };
        if (budget.left > 0 && found.text.length <= BOX_LIMIT && /\p{L}{2}/u.test(found.text)) boxes.push(found);
        if (tag == 'dialog' || EXPLICIT_ROLES.test(role) || /assertive|polite/.test(live)) explicit.add(el);
      }
    } else if (!(flags & QUIET) && blocks.length < BLOCKS_KEPT && isBlock(el) && hasOwnText(el)) {
      if (blocksWeighed++ < BLOCKS_WEIGHED && isSentence(el) && !(surroundings(el) & 6) && seen(el, blockBudget))
        blocks.push({ element: el, source: 'block', ...readOwn(el, part) });
    }
    // Children pushed last first; a shadow root's on top of the host's own (its slotted ones).
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, flags]);
    for (let c = shadowOf(el)?.lastElementChild; c; c = c.previousElementSibling) stack.push([c, flags]);
  }
  // The same words twice on a page (a message repeated, a list of identical boxes) are offered once.
  const found = offeredBoxes(boxes, (b) => (explicit.has(b.element) ? 2 : 1)).filter(
    (b, i, all) => all.findIndex((o) => key(o.text) == key(b.text)) == i,
  );
  for (const block of blocks) {
    const same = (k: FoundMessage): boolean =>
      key(k.text) == key(block.text) || (within(k.element, block.element) && key(k.text).includes(key(block.text)));
    if (block.text && !found.some(same)) found.push(block);
  }
  return found.slice(0, MAX_CANDIDATES);
}
