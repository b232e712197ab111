/**
 * The one message map between the content script, the extension pages and the worker. Each request
 * type has exactly one response type. Tables typed over the map make it complete by construction:
 * `request-parsers.ts` (the worker's only door), the worker's handlers and sender rules, and the reply
 * checks of `send.ts` each need an entry per type, or the build fails.
 */

import type { Site } from '../core/sites';
import type { ExtraRule } from './settings';
import type { RuleTest } from './tab-messages';

/** Actions the worker adds to a panel section, beyond the rule's own links. */
export type GuidanceAction = 'clean-reload' | 'mail-admin' | 'copy-diagnostic' | 'return-to-saga';

/** Where the director stands in a guided procedure, as the worker sees it. */
export interface ProcedureStep {
  /** 1-based step number and the number of steps: "étape 2 sur 4". */
  readonly step: number;
  readonly total: number;
  /** Message key naming the current step. */
  readonly label: string;
}

/** What the worker tells a frame to add to its panel. */
export interface Guidance {
  readonly procedure?: ProcedureStep;
  readonly actions: readonly GuidanceAction[];
  /** Time (ms since epoch) of the last clean reload of SAGA/PLAGE, to say what was cleared and when. */
  readonly cleanedAt?: number;
  /** Message key of a note on what to do now that the first fix did not help. */
  readonly escalation?: string;
  /** mailto: URL (under 2,000 characters) and the full report, when the mail is offered. */
  readonly mail?: { readonly href: string; readonly report: string };
  /**
   * The frame sits in a page of another site (a site framing SAGA or PLAGE): the worker kept nothing
   * of its report, and the frame shows nothing.
   */
  readonly ignored?: true;
}

export interface NetworkFailure {
  readonly code: string;
  readonly url: string;
  readonly at: number;
}

/** What the popup shows for a tab. */
export interface TabView {
  readonly site: 'saga' | 'plage' | 'hotline' | null;
  readonly rules: readonly string[];
  /** The page's words in the first rule's message (a profile's state), as the panel shows them. */
  readonly params?: readonly string[];
  readonly network?: NetworkFailure;
  readonly guidance: Guidance;
}

/**
 * Why the worker did not do what was asked: too soon after the last time for this tab, not offered by
 * what the tab shows now (the worker's own record, not the asker's word), or not from this tab.
 */
export type Refusal = 'rate-limited' | 'not-offered' | 'not-this-tab';

/** The sentence the panel and the popup show for each refusal: a table, so that no reason goes unsaid. */
export const REFUSAL_MESSAGES: Readonly<Record<Refusal, string>> = {
  'rate-limited': 'panel_refused_rate_limited',
  'not-offered': 'panel_refused_not_offered',
  'not-this-tab': 'panel_refused_not_this_tab',
};

export interface CleanReloadResult {
  readonly ok: boolean;
  readonly at: number;
  readonly cookiesRemoved: number;
  readonly error?: string;
  /** Set when the worker refused: nothing was cleared, reloaded or focused. */
  readonly refused?: Refusal;
}

/**
 * An unknown-message report, as the worker wrote it: the mail (under 2,000 characters, to the
 * establishment's `reportEmail`, else the CNG administrator), its body exactly as sent (what the
 * popup shows and copies), and the ready-to-paste `extraRules` entry, as an object and on one line.
 */
export interface UnknownReport {
  readonly to: string;
  readonly href: string;
  readonly body: string;
  readonly rule: ExtraRule;
  readonly entry: string;
}

/** How the panel is shown in a tab, kept by the worker for the browser session. */
export interface PanelState {
  /** Collapsed to its small labelled tab. */
  readonly collapsed: boolean;
}

export interface MessageMap {
  /**
   * Content script: the rules this frame shows now, the page's words in the first one's message (a
   * profile's state), the visible text of the error, and when the page was loaded
   * (performance.timeOrigin), which tells a page loaded after a clean reload from one before.
   */
  report: {
    request: { type: 'report'; rules: string[]; params: string[]; evidence: string; url: string; loadedAt: number };
    response: Guidance;
  };
  /**
   * Content script (its own tab) or popup (a tab id): clear SAGA/PLAGE data, reload without cache. Only
   * for a SAGA or PLAGE tab whose top frame shows a rule the worker offers it for, at a human pace;
   * else refused, with the reason.
   */
  'clean-reload': { request: { type: 'clean-reload'; tabId?: number }; response: CleanReloadResult };
  /**
   * Content script in a PLAGE tab's top frame, while the procedure offers it: clean reload, then back
   * to the SAGA tab (or a new one). Refused otherwise, with the reason.
   */
  'return-to-saga': { request: { type: 'return-to-saga' }; response: CleanReloadResult };
  /** Popup: what the tab shows. */
  'tab-state': { request: { type: 'tab-state'; tabId: number }; response: TabView };
  /**
   * Content script: its tab's panel state. With `collapsed`, the director's click (trusted input only)
   * collapsed or reopened the panel, kept for the tab; without, a read. The content script cannot read
   * storage.session itself.
   */
  'panel-state': { request: { type: 'panel-state'; collapsed?: boolean }; response: PanelState };
  /**
   * Popup: write the report of a message SAGA Helper does not know, picked on a served page (text and
   * phrases from the content script's `pick-messages`). Nothing typed by the director goes in it.
   */
  'unknown-report': {
    request: { type: 'unknown-report'; site: Site; url: string; text: string; phrases: string[]; verified: boolean };
    response: UnknownReport;
  };
  /**
   * Options page: try an extra rule on one SAGA/PLAGE tab for this browser session (kept in
   * storage.session, applied again when the tab loads a page), or end the trial (`rule: null`).
   */
  'trial-rule': { request: { type: 'trial-rule'; tabId: number; rule: ExtraRule | null }; response: RuleTest };
}

export type MessageType = keyof MessageMap;
export type MessageRequest<T extends MessageType = MessageType> = MessageMap[T]['request'];
export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];
