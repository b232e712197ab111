/**
 * The one message map between the content script, the extension pages and the worker. Each request
 * type has exactly one response type. Tables typed over the map make it complete by construction:
 * `request-parsers.ts` (the worker's only door), the worker's handlers and sender rules, and the reply
 * checks of `send.ts` each need an entry per type, or the build fails.
 */

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

export interface CleanReloadResult {
  readonly ok: boolean;
  readonly at: number;
  readonly cookiesRemoved: number;
  readonly error?: string;
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
  /** Content script (its own tab) or popup (a tab id): clear SAGA/PLAGE data, reload without cache. */
  'clean-reload': { request: { type: 'clean-reload'; tabId?: number }; response: CleanReloadResult };
  /** Content script on PLAGE: clean reload, then back to the SAGA tab (or a new one). */
  'return-to-saga': { request: { type: 'return-to-saga' }; response: CleanReloadResult };
  /** Popup: what the tab shows. */
  'tab-state': { request: { type: 'tab-state'; tabId: number }; response: TabView };
}

export type MessageType = keyof MessageMap;
export type MessageRequest<T extends MessageType = MessageType> = MessageMap[T]['request'];
export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];
