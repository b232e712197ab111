import { isEdge } from '../core/browser-detect';
import { compileCatalogue } from '../core/catalogue';
import { evaluate, type Match } from '../core/evaluate';
import { PageIndex } from '../core/page-index';
import { siteOf } from '../core/sites';
import { RULES } from '../rules';
import type { Translate } from './i18n';
import { TARGET_ATTR, Highlighter } from './panel/highlight';
import { Panel } from './panel/panel';
import { PANEL_TAG } from './panel/panel-view';
import { present } from './present';
import { watch, type Changes } from './watcher';

/** What the content script needs from the extension APIs: small, so tests pass an in-memory fake. */
export interface ContentApi {
  readonly t: Translate;
  /** Whether advice may still be shown on its own (it has not been seen before). */
  adviceAllowedAlone(): Promise<boolean>;
  /** Records that advice was shown on its own, so that it is not shown alone again. */
  adviceSeen(): Promise<void>;
  /** False once the extension was reloaded or removed under this page. */
  alive(): boolean;
}

export interface ContentHandle {
  /** The matches shown now (for tests and for the popup later). */
  readonly matches: () => readonly Match[];
  /** How much work was done: batches of changes handled, blocks of text read. */
  readonly stats: () => { readonly flushes: number; readonly blocksRead: number };
  /** Stops watching and takes the panel and outlines away. */
  stop(): void;
}

const CATALOGUE = compileCatalogue(RULES);

/** Starts SAGA Helper in one frame. Does nothing on other sites. */
export function startContent(win: Window, api: ContentApi): ContentHandle | null {
  const doc = win.document;
  const site = siteOf(win.location.hostname);
  if (!site) return null;
  const facts = { document: doc, site, isEdge: isEdge(win.navigator) };
  const index = new PageIndex(CATALOGUE.phrases);
  const highlighter = new Highlighter();
  let current: readonly Match[] = [];
  let dismissed: string | null = null;
  let adviceAlone = false;
  let adviceShownHere = false;
  let flushes = 0;

  const render = (): void => {
    current = evaluate(CATALOGUE, index, facts);
    const shown = present(current, adviceAlone || adviceShownHere);
    const key = shown.ruleIds.join(' ');
    if (key === '' || key === dismissed) {
      panel.remove();
      highlighter.clear();
      return;
    }
    dismissed = null;
    panel.show(shown);
    highlighter.set(shown.targets);
    if (shown.adviceAlone && !adviceShownHere) {
      adviceShownHere = true;
      void api.adviceSeen().catch(() => undefined);
    }
  };
  const panel = new Panel(doc, api.t, () => {
    dismissed = panel.element?.getAttribute('data-rules') ?? null;
    render();
  });

  const isOurs = (node: Node, attribute?: string | null): boolean =>
    node.nodeName.toLowerCase() === PANEL_TAG ||
    (attribute !== undefined && highlighter.has(node) && (attribute === 'style' || attribute === TARGET_ATTR));

  const flush = (changes: Changes): void => {
    flushes++;
    if (!api.alive()) {
      stop();
      return;
    }
    for (const root of changes.added) {
      // A node inside another added subtree is read with it; one already gone is not read at all.
      if (!root.isConnected || hasAddedAncestor(root, changes.added)) continue;
      index.scan(root);
    }
    for (const block of changes.blocks) if (block.isConnected) index.rescan(block);
    if (changes.removedOrRestyled || changes.blocks.size > 0) index.prune();
    render();
  };

  index.scan(doc.documentElement);
  render();
  const unwatch = watch(doc, isOurs, flush);
  void api
    .adviceAllowedAlone()
    .then((allowed) => {
      adviceAlone = allowed;
      if (allowed) render();
    })
    .catch(() => undefined);

  const stop = (): void => {
    unwatch();
    panel.remove();
    highlighter.clear();
  };
  return { matches: () => current, stats: () => ({ flushes, blocksRead: index.blocksRead }), stop };
}

function hasAddedAncestor(node: Node, added: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (added.has(p)) return true;
  return false;
}
