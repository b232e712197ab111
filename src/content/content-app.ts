import { isEdge } from '../core/browser-detect';
import { readClosedRoots, type ClosedRoots } from '../core/dom-text';
import { evaluate, type Match } from '../core/evaluate';
import { PageIndex } from '../core/page-index';
import { siteOf } from '../core/sites';
import type { ExtraRule } from '../lib/settings';
import { frameStanding } from './frames';
import type { PanelModule, PanelView, ViewApi } from './panel-api';
import { ruleSet, type Config, type RuleSet } from './rule-set';
import { hasAddedAncestor, watch, type Changes } from './watcher';

/**
 * What the content script needs from the extension APIs: small, so tests pass an in-memory fake. The
 * panel's own calls (ViewApi: report, act, copy, adviceSeen) are given by tests only; the panel module
 * makes them itself (panel/view-api.ts), so that the script that runs on every page does not carry them.
 */
export interface ContentApi extends Partial<ViewApi> {
  /** Settings and the messages in their language: at once (tests), or once read from storage. */
  configure(): Config | Promise<Config>;
  /** Calls `changed` when policy or the user's choices change (applied live). */
  watchSettings(changed: () => void): void;
  /** Whether advice may still be shown on its own (it has not been seen before). */
  adviceAllowedAlone(): Promise<boolean>;
  /** False once the extension was reloaded or removed under this page. */
  alive(): boolean;
  /** Closed shadow roots, where the browser lets a content script open them (Chromium: chrome.dom). */
  shadowRoot?: ClosedRoots;
  /** The panel module: at once when already loaded (tests), else once its file is imported. */
  panel(): PanelModule | Promise<PanelModule>;
  /**
   * Hands each message from this extension's own pages and worker (lib/tab-messages.ts) to `answer`,
   * and its result back; messages from anywhere else are not heard.
   */
  listen?(answer: (message: unknown) => Promise<unknown>): void;
}

export interface ContentHandle {
  /** How much work was done: batches of changes handled, blocks of text read. */
  readonly stats: () => { readonly flushes: number; readonly blocksRead: number };
  /** Stops watching and takes the panel and outlines away. */
  stop(): void;
}

/** Starts SAGA Helper in one frame. Does nothing on other sites. */
export function startContent(win: Window, api: ContentApi): ContentHandle | null {
  const doc = win.document;
  const site = siteOf(win.location.hostname);
  if (!site) return null;
  // A frame inside another site's page: nothing at all, not even a report.
  const standing = frameStanding(win);
  if (standing === 'foreign') return null;
  const facts = { document: doc, site, isEdge: isEdge(win.navigator) };
  let rules: RuleSet | null = null;
  let index = new PageIndex([]);
  const t = (key: string, subs?: readonly string[]): string => rules?.t(key, subs) ?? '';
  let view: PanelView | null = null;
  let loading = false;
  let current: readonly Match[] = [];
  let adviceAlone = false;
  let flushes = 0;
  // Extra rules IT is trying on this page from the options page (« Tester une règle »), not policy's.
  let trial: readonly ExtraRule[] = [];

  // The panel module is fetched the first time a rule matches, never on quiet pages; once loaded it
  // decides what to show, tells the worker, and draws.
  const withView = (draw: (v: PanelView) => void): void => {
    if (view) return draw(view);
    const module = api.panel();
    const create = (m: PanelModule): PanelView =>
      m.createView({ doc, win, t, hotlineUrl: rules?.hotlineUrl ?? '', api, redraw: () => render() });
    if ('createView' in module) {
      view = create(module);
      draw(view);
    } else if (!loading) {
      loading = true;
      module.then((m) => ((view = create(m)), (loading = false), render())).catch(() => (loading = false));
    }
  };

  function render(): void {
    if (!rules) return;
    current = evaluate(rules.catalogue, index, facts);
    if (current.length === 0 && !view) return;
    withView((v) => v.render(current, { adviceAllowedAlone: adviceAlone, waitForWorker: standing === 'unknown' }));
  }

  // Identity, not a tag-name check: this runs for every node the page adds.
  const isOurs = (node: Node, attribute?: string | null): boolean => view?.owns(node, attribute) ?? false;

  const flush = (changes: Changes): void => {
    flushes++;
    if (!api.alive()) return stop();
    if (changes.storm) {
      index.rebuild(doc.documentElement);
      return render();
    }
    const clean = new Set<Node>();
    for (const root of changes.added) {
      // A node inside another added subtree is read with it; one already gone is not read at all.
      if (!root.isConnected || hasAddedAncestor(root, changes.added, clean)) continue;
      index.scan(root);
    }
    for (const block of changes.blocks) if (block.isConnected) index.rescan(block);
    // Only a removal takes blocks out of the page (it sets recheck); text edits do not.
    if (changes.recheck) index.prune();
    render();
  };

  // Watched from the start, shadow roots too as the index meets them (settings may come in later).
  readClosedRoots(api.shadowRoot);
  const watcher = watch(doc, isOurs, flush);

  // New settings: new rules to look for, so the page is read again; the panel is redrawn in their words.
  const apply = (config: Config): void => {
    rules = ruleSet(config, trial);
    index = new PageIndex(rules.catalogue.phrases, watcher.observe);
    index.scan(doc.documentElement);
    view?.remove();
    view = null;
    render();
  };
  const configure = (): void => {
    const config = api.configure();
    // Settings that cannot be read leave the page as it is; said once, for whoever looks at the console.
    if ('then' in config) void config.then(apply).catch((error) => console.warn('SAGA Helper:', error));
    else apply(config);
  };
  configure();
  api.watchSettings(configure);
  // What the popup and the options page ask of this page is answered by the panel module, loaded then.
  api.listen?.(async (message) =>
    (await api.panel()).answer(message, {
      doc,
      win,
      site,
      owns: isOurs,
      trial: (rules) => ((trial = rules), configure()),
    }),
  );
  void api
    .adviceAllowedAlone()
    .then((allowed) => (adviceAlone = allowed) && render())
    .catch(() => undefined);

  function stop(): void {
    watcher.stop();
    view?.remove();
  }
  return { stats: () => ({ flushes, blocksRead: index.blocksRead }), stop };
}
