import { blockOf } from '../core/dom-text';

/** What changed in the page since the last flush, reduced to what the index must re-read. */
export interface Changes {
  /** Added subtrees: every block in them must be read. */
  readonly added: Set<Node>;
  /** Blocks whose own text changed (text edits, inline children added or removed). */
  readonly blocks: Set<Element>;
  /** Something left the page or changed its look: visibility of known blocks must be checked again. (A
   * short name: property names are not minified, and this script counts its bytes.) */
  recheck: boolean;
  /** So much changed in one frame that the page is read again as a whole (see STORM_RECORDS). */
  storm: boolean;
}

/** Whether a node (or one attribute change of it) is the extension's own doing. */
export type OwnNodes = (node: Node, attribute?: string | null) => boolean;

export function emptyChanges(): Changes {
  return { added: new Set(), blocks: new Set(), recheck: false, storm: false };
}

/**
 * Folds mutation records into `changes`. Costs one step per record; reading is left to the flush.
 * `isOurs` tells the extension's own nodes and outlines apart, so they do not feed back.
 */
export function collect(records: readonly MutationRecord[], changes: Changes, isOurs: OwnNodes): void {
  // Records come in runs on one target (a list being filled): its block is looked up once per run.
  let lastTarget: Node | null = null;
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (isOurs(target, record.attributeName)) continue;
      if (record.attributeName === 'value') addBlockOf(target, changes);
      changes.recheck = true;
      continue;
    }
    if (record.type === 'characterData') {
      addBlockOf(target, changes);
      continue;
    }
    const added = record.addedNodes;
    let theirs = false;
    for (let i = 0; i < added.length; i++) {
      const node = added[i] as Node;
      if (isOurs(node)) continue;
      theirs = true;
      changes.added.add(node);
    }
    // Only the extension removes its own panel, and then nothing of the page changed: any other
    // removal may have taken a matching block away.
    if (
      record.removedNodes.length > 0 &&
      !(added.length === 0 && record.removedNodes.length === 1 && isOurs(record.removedNodes[0] as Node))
    ) {
      changes.recheck = true;
      theirs = true;
    }
    if (theirs && target !== lastTarget) {
      lastTarget = target;
      addBlockOf(target, changes);
    }
  }
}

function addBlockOf(node: Node, changes: Changes): void {
  const block = blockOf(node);
  if (block) changes.blocks.add(block);
}
