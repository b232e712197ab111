import type { Site } from '../core/sites';
import type { ExtraRule } from './settings';

/**
 * Messages the other way: from the extension's own pages (popup, options) and the worker to a tab's
 * content script. The same discipline as messages.ts: one request and one response type per message,
 * a parser and a handler per type (the panel module's tab answers), a reply check per type (send.ts).
 * Only this extension can send them (runtime.onMessage in a content script hears nothing else), and
 * the content script checks that too.
 */

/** A block of the page that looks like a message, offered for an unknown-message report. */
export interface MessageCandidate {
  /** Its visible text, white space collapsed, at most 1,000 characters: never a form field's value. */
  readonly text: string;
  /** The phrases a rule would look for, chosen from the text; [] when none could be chosen. */
  readonly phrases: readonly string[];
  /** Whether an extra rule of these phrases, on this site, matches this page now (the real evaluation). */
  readonly verified: boolean;
  /** The director's selection, an error box (alert role, error-like container) or a short standalone block. */
  readonly source: 'selection' | 'alert' | 'block';
}

/** What a page offers to report: its site and address (as the content script sees them), its candidates. */
export interface MessagePick {
  readonly site: Site;
  readonly url: string;
  /** Best first: the selection, then error boxes, then standalone blocks; at most 8. */
  readonly candidates: readonly MessageCandidate[];
}

/** Whether a rule under test matches the page now, and whether the page now shows it (a trial). */
export interface RuleTest {
  readonly matches: boolean;
  readonly shown: boolean;
}

export interface TabMessageMap {
  /** Popup: the blocks of this page that look like messages, for « Signaler un message ». */
  'pick-messages': { request: { type: 'pick-messages' }; response: MessagePick };
  /**
   * Options page (a test) or worker (a trial): whether `rule` matches this page now. With `show`, the
   * page also shows it as a panel, until told again (`rule: null` ends the trial). The rule is checked
   * as policy's would be (checkExtraRules): one that fails matches nothing.
   */
  'test-rule': { request: { type: 'test-rule'; rule: ExtraRule | null; show: boolean }; response: RuleTest };
}

export type TabMessageType = keyof TabMessageMap;
export type TabRequest<T extends TabMessageType = TabMessageType> = TabMessageMap[T]['request'];
export type TabResponse<T extends TabMessageType> = TabMessageMap[T]['response'];
