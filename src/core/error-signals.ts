/*
 * Telling an error from text ABOUT an error. The same words stand in a message box when the director
 * has the problem, and in news, help and FAQ text that quotes, negates or explains the message when
 * the director has none; a panel then tells someone whose account is fine that it is broken. Precision
 * first: a false panel costs more trust than a missed one. Each test reads the candidate block, its few
 * ancestors and, at most once per evaluation, a bounded count of the page's text: never a page-wide
 * scan. Written for size: this ships in the 20 KB content script (one regular expression over one
 * string of names rather than a test per attribute).
 */
import { flatParent } from './dom-text';

// Words that make a sentence speak ABOUT a message: negation ("ne s'affiche plus", "si vous n'avez
// pas de message"), condition ("si", "lorsque"), talk of the message itself.
const ABOUT = /\b(ne|n'|pas|jamais|aucune?|si|lorsque?|quand|messages?|affiche|apparait|exemple)\b/;
// An error box, by tag, class, id, role or aria-live: <dialog>, role=alert / alertdialog / dialog,
// aria-live=assertive / polite, classes and ids as frameworks and the DSFR name them. (Exported for
// core/message-candidates.ts, which offers such boxes for a report: one list of names for both.)
export const ERROR = /error|erreur|alert|dialog|danger|warn|avertis|message|msg|invalid|echec|fail|assertive|polite/i;
// Help and news: a quotation or caption, or a class or id naming an FAQ or news (at a word start:
// "contactus" is not "actu").
const HELP = /^(blockquote|figcaption) |[^a-z](faq|news|actu)/i;
// A part of the page that is no message box (a definition, a disclosure, a menu, a side note, a footer).
const ASIDE = /^(dt|dd|details|summary|nav|aside|footer) /i;

/**
 * Quotes made one plain mark for the reading below: every quotation mark, and an apostrophe at a
 * word's edge (‘…’, '…'); an apostrophe between letters (n’avez, l'appairage) stays one. Applied
 * before normalise(), which would make them all apostrophes.
 */
export function markQuotes(raw: string): string {
  return raw.replace(/[«»“”„‹›]|(?<![\p{L}\d])[‘’']|[‘’'](?![\p{L}\d])/gu, '"');
}

/**
 * How `phrase` stands in `text` (normalised, quotes marked): the fewest words its sentence holds
 * besides the rule's `phrases` (longest first), over each whole-word occurrence outside quotes, in a
 * sentence that is no question and says nothing ABOUT it; Infinity when none does.
 */
export function sentenceWords(text: string, phrase: string, phrases: readonly string[]): number {
  let fewest = Infinity;
  for (let at = -1; (at = text.indexOf(phrase, at + 1)) >= 0;) {
    const before = text.slice(0, at);
    const after = text.slice(at + phrase.length);
    const end = after.search(/[.!?;]|$/);
    let sentence = `${before.slice(before.search(/[^.!?;]*$/))} ${after.slice(0, end)}`;
    for (const p of phrases) sentence = sentence.split(p).join(' ');
    if (/\w$/.test(before) || /^\w/.test(after) || before.split('"').length % 2 < 1) continue;
    if (after[end] != '?' && !ABOUT.test(sentence)) fewest = Math.min(fewest, sentence.match(/\w+/g)?.length ?? 0);
  }
  return fewest;
}

/** Whether `inner` is `outer` or stands inside it in the tree as drawn (shadow roots, slots). */
export function within(outer: Element, inner: Element): boolean {
  for (let el: Element | null | undefined = inner; el; el = flatParent(el)) if (el == outer) return true;
  return false;
}

/** What a block and its ancestors say it is: 1 an error box, 2 help or news, 4 an aside or a list item. */
export function surroundings(block: Element): number {
  let found = 0;
  for (
    let el: Element | null | undefined = block, n = 0;
    el && n < 7 && el.tagName != 'BODY';
    el = flatParent(el), n++
  ) {
    const tag = el.tagName;
    const names = `${tag} ${el.className} ${el.id} ${el.getAttribute('role')} ${el.getAttribute('aria-live')}`;
    const prev = el.previousElementSibling;
    // Not an information box (alert-info, fr-alert--success); or a heading "Erreur" just above.
    if (
      (ERROR.test(names) && !/info|succes/i.test(names)) ||
      (/^H\d/.test(prev?.tagName ?? '') && /^\s*err/i.test(prev?.textContent ?? ''))
    )
      found |= 1;
    if (HELP.test(names)) found |= 2;
    if (
      ASIDE.test(names) ||
      (/^(LI|ARTICLE)$/.test(tag) && [prev, el.nextElementSibling].some((e) => e?.tagName == tag))
    )
      found |= 4;
  }
  return found;
}

/**
 * Whether the page holds less than 600 characters of text, counted until there: a page that small is
 * all message; each element counts a tenth of a character, so that the count stops within 6,000 of
 * them. Text in shadow roots is not counted (the panel's least of all: it must not make its page look
 * big), so a page with a custom element, which may draw anything there, is not known to be small.
 */
export function isSmallPage(doc: Document): boolean {
  const nodes = doc.createTreeWalker(doc.body ?? doc, 5);
  let left = 600;
  for (let n: Node | null; left > 0 && (n = nodes.nextNode());)
    left -= n.nodeType == 3 ? (n.nodeValue ?? '').trim().length : (n as Element).localName.includes('-') ? left : 0.1;
  return left > 0;
}

/**
 * Whether `phrase` in `block` stands as an error. Never in help or news, nor in a block of prose (over
 * 400 characters) or a sentence of prose (over 20 other words), quoted, negated or asked. Then a
 * `screen` (a page rule, recognised by its layout or title) needs nothing more. A message needs an error
 * box or, outside asides and lists: for a sentence (a phrase of five words or more, distinctive), to be
 * its sentence but for three words; for key words, a small page. What the block's place says is asked
 * first; `text` (its visible own text, quotes marked, normalised) only then, since it costs style reads:
 * on a page of near-matches, most blocks need none.
 */
export function standsAsError(
  block: Element,
  text: () => string,
  phrase: string,
  phrases: readonly string[],
  screen: boolean,
  small: () => boolean,
): boolean {
  const found = surroundings(block);
  // Five words or more: a sentence.
  const long = phrase.split(' ')[4];
  if (found & 2 || !(screen || found & 1 || (!(found & 4) && (long || small())))) return false;
  const seen = text();
  const words = seen.length > 400 ? 99 : sentenceWords(seen, phrase, phrases);
  return words <= 20 && !!(screen || found & 1 || !long || words <= 3);
}
