import { blockOf } from '../core/dom-text';

/** What changed in the page since the last flush, reduced to what the index must re-read. */
export interface Changes {
  /** Added subtrees: every block in them must be read. */
  readonly added: Set<Node>;
  /** Blocks whose own text changed (text edits, inline children added or removed). */
  readonly blocks: Set<Element>;
  /** Something left the page or changed its look: visibility of known blocks must be checked again. */
  removedOrRestyled: boolean;
}

// Attributes that change what is visible or what a button says.
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'value', 'aria-hidden'];

/** Whether a node (or one attribute change of it) is the extension's own doing. */
export type OwnNodes = (node: Node, attribute?: string | null) => boolean;

export function emptyChanges(): Changes {
  return { added: new Set(), blocks: new Set(), removedOrRestyled: false };
}

/**
 * Folds mutation records into `changes`. Costs one step per record; reading is left to the flush.
 * `isOurs` tells the extension's own nodes and outlines apart, so they do not feed back.
 */
export function collect(records: readonly MutationRecord[], changes: Changes, isOurs: OwnNodes): void {
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (isOurs(target, record.attributeName)) continue;
      if (record.attributeName === 'value') {
        const block = blockOf(target);
        if (block) changes.blocks.add(block);
      }
      changes.removedOrRestyled = true;
    } else if (record.type === 'characterData') {
      const block = blockOf(target);
      if (block) changes.blocks.add(block);
    } else {
      let ours = true;
      record.addedNodes.forEach((node) => {
        if (isOurs(node)) return;
        ours = false;
        changes.added.add(node);
      });
      if (record.removedNodes.length > 0) {
        record.removedNodes.forEach((node) => {
          if (!isOurs(node)) ours = false;
        });
        changes.removedOrRestyled ||= !ours;
      }
      if (!ours && target.nodeType === 1) {
        const block = blockOf(target);
        if (block) changes.blocks.add(block);
      }
    }
  }
}

/**
 * Watches the whole document (so a replaced <body> is seen too) and calls `flush` at most once per
 * animation frame, or every 250 ms while the tab is hidden and frames do not run. No polling.
 */
export function watch(doc: Document, isOurs: OwnNodes, flush: (changes: Changes) => void): () => void {
  const view = doc.defaultView;
  let pending: Changes | null = null;
  const run = (): void => {
    const changes = pending;
    pending = null;
    if (changes) flush(changes);
  };
  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (!pending) {
      pending = emptyChanges();
      if (doc.visibilityState === 'hidden' || !view?.requestAnimationFrame) setTimeout(run, 250);
      else view.requestAnimationFrame(run);
    }
    collect(records, pending, isOurs);
  });
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  return () => {
    observer.disconnect();
    pending = null;
  };
}
