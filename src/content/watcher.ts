import { flatParent } from '../core/dom-text';
import { collect, emptyChanges, type Changes, type OwnNodes } from './changes';

export type { Changes, OwnNodes } from './changes';

// Attributes that change what is visible or what a button says.
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'value', 'aria-hidden'];

/**
 * Past this many mutations in one frame the page is re-rendering wholesale: the watcher stops taking
 * records until the frame ends and the page is read once, in one pass over its text, which costs less
 * than a record per mutation (each one costs the page's main thread, even before we read it).
 */
export const STORM_RECORDS = 250;

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

/**
 * How long changes are gathered before they are read: one frame. A timer, not requestAnimationFrame:
 * asking for a frame makes the browser render one, style and layout included, which on a page that
 * keeps re-rendering cost it 30% more main-thread time (npm run bench); a timer costs nothing extra.
 */
export const FRAME_MS = 16;
// A page that has not changed for this long is quiet: its next change is read without waiting.
const QUIET_MS = 100;
// A hidden tab shows nothing: no hurry, and background timers are throttled anyway.
const HIDDEN_DELAY_MS = 250;

/** A running watch: stop it, or add a shadow root met while reading the page. */
export interface Watcher {
  stop(): void;
  /** Observes an open (or reachable closed) shadow root too: a MutationObserver does not see into them. */
  observe(root: ShadowRoot): void;
}

/**
 * Watches the whole document (so a replaced <body> is seen too) and the shadow roots it is given, and
 * calls `flush` at most once per frame (FRAME_MS), gathering every change until then. No polling:
 * nothing runs while nothing changes.
 */
export function watch(doc: Document, isOurs: OwnNodes, flush: (changes: Changes) => void): Watcher {
  const view = doc.defaultView;
  let pending: Changes | null = null;
  let records = 0;
  // Frames in a row that stormed: while a page keeps rewriting itself, it is read less often (the
  // window doubles each time, up to 16 frames), so its work costs a few rebuilds a second at most.
  let streak = 0;
  // When the last flush ran: a change after a quiet while is read at once (a director waits for the
  // panel), changes that follow closely are gathered for a frame (a busy page is read in batches).
  let last = -1e9;
  const run = (): void => {
    const changes = pending;
    pending = null;
    last = Date.now();
    records = 0;
    streak = changes?.storm ? streak + 1 : 0;
    if (changes?.storm) observer.observe(doc, OBSERVED);
    if (changes) flush(changes);
  };
  const observer = new (view?.MutationObserver ?? MutationObserver)((batch) => {
    if (!pending) {
      pending = emptyChanges();
      setTimeout(
        run,
        doc.visibilityState === 'hidden'
          ? HIDDEN_DELAY_MS
          : Date.now() - last > QUIET_MS
            ? 0
            : FRAME_MS * 2 ** Math.min(streak, 4),
      );
    }
    if (pending.storm) return;
    records += batch.length;
    if (records > STORM_RECORDS) {
      pending.storm = true;
      // Shadow roots too: the page's reading after the storm finds them again.
      observer.disconnect();
      return;
    }
    collect(batch, pending, isOurs);
  });
  observer.observe(doc, OBSERVED);
  return {
    stop: () => {
      observer.disconnect();
      pending = null;
    },
    // Again for a root already observed: it only renews the same options.
    observe: (root) => observer.observe(root, OBSERVED),
  };
}

/** Whether an ancestor of `node` was added too. `clean` remembers ancestors found not to be, so that
 * siblings added into one list cost a step each, not a walk to the root each. */
export function hasAddedAncestor(node: Node, added: ReadonlySet<Node>, clean: Set<Node>): boolean {
  const walked: Node[] = [];
  // Up the flat tree: a node added into a shadow root whose host was added too is read with the host.
  for (let p = flatParent(node); p && !clean.has(p); p = flatParent(p)) {
    if (added.has(p)) return true;
    walked.push(p);
  }
  for (const p of walked) clean.add(p);
  return false;
}
