import { CANDIDATES } from './candidates';
import type { Catalogue, CompiledRule } from './catalogue';
import { ownText, parentBlock, visibleText } from './dom-text';
import { isSmallPage, markQuotes, standsAsError, within } from './error-signals';
import { hasPhrase, normalise } from './normalise';
import type { PageIndex } from './page-index';
import type { Rule, RuleContext } from './rule';
import type { Site } from './sites';
import { isInlineShown, isShown } from './visibility';

export interface Match {
  readonly rule: Rule;
  readonly targets: readonly Element[];
  readonly params: readonly string[];
  /** The block or message box whose text matched: what the director saw, for the mail. */
  readonly evidence: Element | null;
}

export interface PageFacts {
  readonly document: Document;
  readonly site: Site;
  readonly isEdge: boolean;
}

// A message box is short; past this many characters a block is prose (news, an arrêté) and two
// words standing somewhere in it are not one message.
const MESSAGE_LIMIT = 800;
// How far up from a matching block a message box may extend (a heading and its paragraph).
const MESSAGE_DEPTH = 2;

// Written without spaces or quotes: this script counts its bytes.
const INTERACTIVE =
  'a[href],button,input[type=submit],input[type=button],[role=button],[role=link],[tabindex],[onclick],[ondblclick]';

/** A function of one key, computed once per key: per evaluation, since the page changes between them. */
function cached<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key) as V;
  };
}

/** The rules that match the page now, highest priority first. */
export function evaluate(catalogue: Catalogue, index: PageIndex, facts: PageFacts): Match[] {
  const isVisible = cached(isShown);
  // Quotes marked: where a phrase stands inside « » or ‘ ’ tells an error from a quote of it.
  const preciseText = cached((block: Element) => normalise(markQuotes(ownText(block, undefined, isInlineShown))));
  let small: boolean | undefined;
  const isSmall = (): boolean => (small ??= isSmallPage(facts.document));
  const holds = (phrase: number, b: Element): boolean =>
    isVisible(b) && hasPhrase(preciseText(b), catalogue.phrases[phrase] as string);
  const visibleWith = cached((phrase: number) => index.blocksWith(phrase, CANDIDATES).filter((b) => holds(phrase, b)));
  // A message box's text, read once per evaluation however many candidates it holds, and never past
  // the length of a message (a list of 8,000 items is read to its 800th character, not to its end).
  const boxText = cached((box: Element) => normalise(visibleText(box, isInlineShown, MESSAGE_LIMIT)));

  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    ...facts,
    blocksWith: (text) => {
      const n = catalogue.phrases.indexOf(normalise(text));
      return n < 0 ? [] : visibleWith(n);
    },
    memo: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };

  const matches: Match[] = [];
  for (const compiled of catalogue.rules) {
    const { rule } = compiled;
    if (!rule.sites.includes(facts.site)) continue;
    const evidence = textEvidence(compiled, catalogue, index, holds, preciseText, isSmall, boxText);
    if (evidence === false) continue;
    const verdict = rule.test ? rule.test(ctx) : {};
    if (verdict === false) continue;
    matches.push({
      rule,
      evidence,
      targets: [...(verdict.targets ?? []), ...findTargets(compiled, catalogue, visibleWith, preciseText)],
      params: verdict.params ?? [],
    });
  }
  return matches;
}

/**
 * Where the rule's text conditions hold (null: it has none), or false when they do not. A phrase counts
 * only where it stands as an error, not as text about one (core/error-signals.ts): the one place where
 * built-in and extra rules alike are told from news, help and quotes.
 */
function textEvidence(
  compiled: CompiledRule,
  catalogue: Catalogue,
  index: PageIndex,
  holds: (p: number, b: Element) => boolean,
  preciseText: (block: Element) => string,
  isSmall: () => boolean,
  boxText: (box: Element) => string,
): Element | null | false {
  const { clauses, rule } = compiled;
  if (clauses.length === 0) return null;
  const phraseOf = (p: number): string => catalogue.phrases[p] as string;
  // Longest first: a sentence is taken out of its block before a key word within it.
  const phrases = clauses
    .flat()
    .map(phraseOf)
    .sort((a, b) => b.length - a.length);
  const page = rule.when?.scope === 'page';
  const stands = (p: number, b: Element): boolean =>
    standsAsError(b, () => preciseText(b), phraseOf(p), phrases, page, isSmall);
  // Whether the block is seen is asked last (style and layout reads), of blocks that may stand.
  const standing = cached((p: number) => index.blocksWith(p, CANDIDATES).filter((b) => stands(p, b) && holds(p, b)));
  if (page) {
    const found = clauses.map((clause) => clause.flatMap(standing)[0]);
    return found.every((b) => b !== undefined) ? (found[0] as Element) : false;
  }
  const [first = [], ...rest] = clauses;
  for (const block of first.flatMap(standing)) {
    let box: Element | null = block;
    for (let depth = 0; box && depth <= MESSAGE_DEPTH; depth++) {
      if (boxText(box).length > MESSAGE_LIMIT) break;
      const inBox = box;
      if (rest.every((clause) => clause.some((p) => standing(p).some((b) => within(inBox, b))))) return box;
      box = parentBlock(box); // out of a shadow root, to its host
    }
  }
  return false;
}

function findTargets(
  compiled: CompiledRule,
  catalogue: Catalogue,
  visibleWith: (p: number) => Element[],
  preciseText: (block: Element) => string,
): Element[] {
  const found: Element[] = [];
  for (const { phrase, exact } of compiled.targets) {
    const wanted = catalogue.phrases[phrase] as string;
    const fits = (text: string): boolean => (exact ? text === wanted : hasPhrase(text, wanted));
    for (const block of visibleWith(phrase)) {
      const inner = [...block.querySelectorAll(INTERACTIVE)].find((el) =>
        fits(normalise((el.tagName === 'INPUT' ? el.getAttribute('value') : el.textContent) ?? '')),
      );
      const element = inner ?? (fits(preciseText(block)) ? (block.closest(INTERACTIVE) ?? block) : null);
      if (element) {
        found.push(element);
        break;
      }
    }
  }
  return found;
}
