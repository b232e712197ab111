import type { Catalogue, CompiledRule } from './catalogue';
import { blockOf, ownText, visibleText } from './dom-text';
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

/** The rules that match the page now, highest priority first. */
export function evaluate(catalogue: Catalogue, index: PageIndex, facts: PageFacts): Match[] {
  const shown = new Map<Element, boolean>();
  const texts = new Map<Element, string>();
  const isVisible = (el: Element): boolean => {
    let v = shown.get(el);
    if (v === undefined) shown.set(el, (v = isShown(el)));
    return v;
  };
  const preciseText = (block: Element): string => {
    let t = texts.get(block);
    if (t === undefined) texts.set(block, (t = normalise(ownText(block, undefined, isInlineShown))));
    return t;
  };
  const visibleWith = (phrase: number): Element[] =>
    index
      .blocksWith(phrase)
      .filter((b) => isVisible(b) && hasPhrase(preciseText(b), catalogue.phrases[phrase] as string));

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
    const evidence = textEvidence(compiled, catalogue, visibleWith);
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

/** Where the rule's text conditions hold (null: it has none), or false when they do not. */
function textEvidence(
  compiled: CompiledRule,
  catalogue: Catalogue,
  visibleWith: (p: number) => Element[],
): Element | null | false {
  const { clauses, rule } = compiled;
  if (clauses.length === 0) return null;
  if (rule.when?.scope === 'page') {
    const found = clauses.map((clause) => clause.map(visibleWith).find((blocks) => blocks.length > 0)?.[0]);
    return found.every((b) => b !== undefined) ? (found[0] as Element) : false;
  }
  const phraseOf = (p: number): string => catalogue.phrases[p] as string;
  const [first = [], ...rest] = clauses;
  for (const phrase of first) {
    for (const block of visibleWith(phrase)) {
      let box: Element | null = block;
      for (let depth = 0; box && depth <= MESSAGE_DEPTH; depth++) {
        const text = normalise(visibleText(box, isInlineShown, MESSAGE_LIMIT));
        if (text.length > MESSAGE_LIMIT) break;
        if (rest.every((clause) => clause.some((p) => hasPhrase(text, phraseOf(p))))) return box;
        box = box.parentElement ? blockOf(box.parentElement) : null;
      }
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
