import type { NetworkFailure, PanelState } from '../lib/messages';
import type { ExtraRule } from '../lib/settings';
import type { StorageArea } from './api';
import type { Procedure } from './procedure';

/** What one frame of a tab shows, as its content script last reported it. */
export interface FrameReport {
  readonly rules: readonly string[];
  readonly params?: readonly string[];
  readonly evidence: string;
  readonly url: string;
  readonly at: number;
}

export interface TabRecord {
  readonly frames: Readonly<Record<string, FrameReport>>;
  readonly network?: NetworkFailure;
  readonly cleanedAt?: number;
}

const EMPTY: TabRecord = { frames: {} };
const tabKey = (tabId: number): string => `tab:${tabId}`;
const actedKey = (tabId: number): string => `acted:${tabId}`;
// Apart from the tab's record, which each report and clean reload rewrites: the director's choice
// outlives the pages of the tab.
const panelKey = (tabId: number): string => `panel:${tabId}`;
// An extra rule the options page tries on this tab (« Tester une règle »): for the session, until ended.
const trialKey = (tabId: number): string => `trial:${tabId}`;

/**
 * All the worker's state, in storage.session: it lives as long as the browser session (as the
 * guide's "close the browser" would end it) and survives the worker being stopped at any time.
 */
export class SessionState {
  // Handlers read-modify-write shared records; running them one at a time keeps updates from being lost.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: StorageArea) {}

  /** Runs `task` after every task queued before it. */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async tab(tabId: number): Promise<TabRecord> {
    const key = tabKey(tabId);
    return ((await this.area.get(key))[key] as TabRecord | undefined) ?? EMPTY;
  }

  async setTab(tabId: number, record: TabRecord): Promise<void> {
    await this.area.set({ [tabKey(tabId)]: record });
  }

  async dropTab(tabId: number): Promise<void> {
    await this.area.remove([tabKey(tabId), actedKey(tabId), panelKey(tabId), trialKey(tabId)]);
  }

  /** When the worker last cleared data for this tab (clean reload, return to SAGA), oldest first. */
  async acted(tabId: number): Promise<number[]> {
    const times = (await this.area.get(actedKey(tabId)))[actedKey(tabId)];
    return Array.isArray(times) ? times.filter((t): t is number => typeof t === 'number') : [];
  }

  async setActed(tabId: number, times: readonly number[]): Promise<void> {
    await this.area.set({ [actedKey(tabId)]: times });
  }

  async panel(tabId: number): Promise<PanelState> {
    const stored = (await this.area.get(panelKey(tabId)))[panelKey(tabId)] as Partial<PanelState> | undefined;
    return { collapsed: stored?.collapsed === true };
  }

  async setPanel(tabId: number, panel: PanelState): Promise<void> {
    await this.area.set({ [panelKey(tabId)]: { collapsed: panel.collapsed } });
  }

  /** The rule on trial in this tab, as stored: the caller checks it again before use. */
  async trial(tabId: number): Promise<unknown> {
    return (await this.area.get(trialKey(tabId)))[trialKey(tabId)];
  }

  async setTrial(tabId: number, rule: ExtraRule | null): Promise<void> {
    if (rule) await this.area.set({ [trialKey(tabId)]: rule });
    else await this.area.remove(trialKey(tabId));
  }

  async procedure(): Promise<Procedure | undefined> {
    return (await this.area.get('procedure')).procedure as Procedure | undefined;
  }

  async setProcedure(p: Procedure | undefined): Promise<void> {
    if (p) await this.area.set({ procedure: p });
    else await this.area.remove('procedure');
  }
}
