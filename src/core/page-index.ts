import { CANDIDATES } from './candidates';
import { blockOf, INPUT_BUTTONS, isBlock, isSkipped, ownText, shadowRootsIn } from './dom-text';
import { hasPhrase, looseMatcher, looseText, normalise } from './normalise';

/**
 * Which blocks of the page contain which catalogue phrases. Built once over the page, then kept up
 * to date block by block as the page changes, so that the cost of a change is the size of the change.
 * Visibility is not decided here (it needs style computations): these are candidates.
 */
export class PageIndex {
  // #private fields: the minifier shortens them, and this class ships in the 20 KB content script.
  readonly #hits = new Map<Element, number[]>();
  // The same, by phrase: a rule asks for a phrase's first few blocks without a pass over every block.
  readonly #byPhrase: Set<Element>[];
  readonly #phrases: readonly string[];
  // Whether text (looseText) may hold a phrase, without normalising it: the first question for a page and a block.
  readonly #loose: (text: string) => boolean;
  readonly #onShadowRoot: (root: ShadowRoot) => void;
  /** Blocks read so far: the measure of the scanner's work, for tests and the benchmark. */
  blocksRead = 0;

  /** `onShadowRoot` is told of every shadow root met, so that its changes are watched too. */
  constructor(phrases: readonly string[], onShadowRoot: (root: ShadowRoot) => void = () => undefined) {
    this.#phrases = phrases;
    this.#byPhrase = phrases.map(() => new Set());
    this.#loose = looseMatcher(phrases);
    this.#onShadowRoot = onShadowRoot;
  }

  /** Every block inside `root` (and the block holding it, whose own text changed with it). */
  scan(root: Node): void {
    const holder = blockOf(root);
    if (holder && holder !== root) this.#scanBlockText(holder);
    const text = root.nodeType === 1 && !isSkipped(root as Element) && this.#mayHold(root as Element);
    if (text === false) return;
    const pending: Element[] = [];
    if (isBlock(root as Element)) pending.push(root as Element);
    else ownText(root as Element, pending);
    let open = this.#phrases.length;
    for (let block = pending.pop(); block; block = pending.pop()) {
      this.#scanBlockText(block, pending);
      // Phrases that already have CANDIDATES blocks need no more (evaluation weighs no more): once every
      // phrase the text holds has them, the rest of a page of near-matches is not read. Asked again
      // only when one more phrase is full, so at most once a phrase.
      const left = this.#phrases.filter((_, p) => (this.#byPhrase[p] as Set<Element>).size < CANDIDATES);
      if (text && left.length < open && !looseMatcher(left)(text)) break;
      open = left.length;
    }
  }

  /** Forgets everything and reads `root` again: after changes too many to follow one by one. */
  rebuild(root: Node): void {
    this.#hits.clear();
    this.#byPhrase.forEach((blocks) => blocks.clear());
    this.scan(root);
  }

  /** Re-read one block's own text (after a text or inline change inside it). */
  rescan(block: Element): void {
    this.#scanBlockText(block);
  }

  /**
   * Whether any phrase may stand somewhere under `root` (false if not; else its text as looseText gives
   * it, or '' where the text alone cannot tell): one native textContent read and one regular expression over it
   * (looseMatcher), so that a long page without any error text (5,000 arrêtés) is not read block by block. A
   * superset test: textContent also holds scripts and joins blocks without spaces, so it may say yes
   * wrongly, never no wrongly, except for button labels, which are attributes: with such buttons, yes.
   * Shadow roots under `root` are found here (and handed to onShadowRoot) and their text added; since a
   * slot or an inline host may cut a sentence in textContent, there every word of a phrase is looked for.
   * (Left as is: a phrase cut between two inline elements styled as boxes with no white space between
   * them, "droit</span><span>valide", which a person reads on two lines: found when its block changes.)
   */
  #mayHold(root: Element): string | false {
    const shadows = shadowRootsIn(root);
    shadows.forEach(this.#onShadowRoot);
    const trees = [root, ...shadows];
    // A tag first: the selector of input buttons, matched against each element of a long page, costs
    // a few milliseconds; most pages have no <input> at all.
    if (trees.some((tree) => tree.querySelector('input') && tree.querySelector(INPUT_BUTTONS))) return '';
    if (!trees[1]) {
      // Prepared once: the reading that follows asks it again, of the phrases not yet full (scan).
      const text = looseText(root.textContent as string);
      return this.#loose(text) && text;
    }
    const text = normalise(trees.map((tree) => tree.textContent).join(' '));
    return this.#phrases.some((phrase) => phrase.split(' ').every((word) => text.includes(word))) && '';
  }

  /** Forget blocks that left the document. */
  prune(): void {
    for (const block of this.#hits.keys()) if (!block.isConnected) this.#set(block, []);
  }

  /** The blocks holding `phrase`, the first `max` of them: a page may repeat a phrase without end. */
  blocksWith(phrase: number, max = Infinity): Element[] {
    const blocks: Element[] = [];
    for (const block of this.#byPhrase[phrase] as Set<Element>) if (blocks.push(block) >= max) break;
    return blocks;
  }

  #set(block: Element, found: number[]): void {
    for (const p of this.#hits.get(block) ?? []) this.#byPhrase[p]?.delete(block);
    for (const p of found) this.#byPhrase[p]?.add(block);
    if (found[0] === undefined) this.#hits.delete(block);
    else this.#hits.set(block, found);
  }

  #scanBlockText(block: Element, nested?: Element[]): void {
    if (isSkipped(block)) return;
    this.blocksRead++;
    const raw = ownText(block, nested);
    const found: number[] = [];
    // No shortcut by length: a ligature makes text shorter than the phrase it holds ("cœur", "coeur").
    if (this.#loose(looseText(raw))) {
      const text = normalise(raw);
      this.#phrases.forEach((phrase, i) => {
        if (hasPhrase(text, phrase)) found.push(i);
      });
    }
    this.#set(block, found);
  }
}
