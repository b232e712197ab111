// Repairs in a row before the guard slows down, and the window they are counted over: a page (or
// another extension) that undoes every repair at once would otherwise ping-pong with the panel in
// microtasks and freeze the tab. Past the burst, one repair per window, on a timer.
const BURST = 5;
const WINDOW_MS = 1000;

/** What the guard keeps right: the links at once (cheap), the whole drawing within its budget. */
export interface Repairs {
  readonly links: () => void;
  readonly redraw: () => void;
}

/**
 * Watches the panel's host and open shadow root: anything changed there by anyone but the panel (a page
 * script rewriting a link, adding a control of its own, restyling or rewording the advice) is undone.
 * The panel's own changes go through write(), whose records are dropped, so they never count as tampering.
 */
export class ShadowGuard {
  private readonly observer: MutationObserver;
  private recent: number[] = [];
  private timer: number | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    host: HTMLElement,
    root: ShadowRoot,
    private readonly repairs: Repairs,
  ) {
    // The records handed to the callback are someone else's: the panel's own were dropped in write().
    this.observer = new win.MutationObserver((records) => {
      if (records.length === 0) return;
      this.repair();
      this.observer.takeRecords();
    });
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    this.observer.observe(host, { childList: true, attributes: true });
  }

  /**
   * Runs one of the panel's own changes. Changes someone made before it (still queued, as the observer
   * runs only at the next microtask) are repaired after it; its own records are dropped.
   */
  write(change: () => void): void {
    const tampered = this.observer.takeRecords().length > 0;
    change();
    if (tampered) this.repair();
    this.observer.takeRecords();
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer !== null) this.win.clearTimeout(this.timer);
    this.timer = null;
  }

  private repair(): void {
    // At once, whatever the budget: a click must never follow an address the page wrote.
    this.repairs.links();
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < WINDOW_MS);
    if (this.recent.length < BURST) {
      this.recent.push(now);
      this.repairs.redraw();
    } else if (this.timer === null) {
      this.timer = this.win.setTimeout(() => {
        this.timer = null;
        this.recent.push(Date.now());
        this.write(this.repairs.redraw);
      }, WINDOW_MS);
    }
  }
}
