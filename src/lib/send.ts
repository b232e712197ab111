import {
  REFUSAL_MESSAGES,
  type CleanReloadResult,
  type Guidance,
  type MessageRequest,
  type MessageResponse,
  type MessageType,
  type PanelState,
  type TabView,
  type UnknownReport,
} from './messages';
import type { RuleTest } from './tab-messages';

/**
 * A typed `runtime.sendMessage`: the answer's type follows the request's, per the message map, and is
 * undefined when the worker gave none or one of the wrong shape (a stale or broken worker must not
 * crash a page). A failure to deliver (no worker, extension reloaded) still rejects.
 */
export type Send = <R extends MessageRequest>(request: R) => Promise<MessageResponse<R['type']> | undefined>;

/**
 * How each reply is checked, in a table typed over the whole message map: a type without its check
 * does not compile. Shallow on purpose: the worker is this extension's own code; these guard against
 * a missing or outdated answer, not a hostile one.
 */
export type ReplyChecks = { readonly [K in MessageType]: (reply: unknown) => reply is MessageResponse<K> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
// The mail link becomes an href in the panel: nothing but a mailto: address may get there.
const isGuidance = (v: unknown): v is Guidance =>
  isObject(v) &&
  Array.isArray(v.actions) &&
  [undefined, true].includes(v.ignored as never) &&
  (v.mail === undefined || (isObject(v.mail) && /^mailto:/.test(String(v.mail.href))));
// A refusal's reason picks the sentence shown: one the table does not know is no answer. (Replies are
// JSON: a reason is never an object with a toString of its own.)
const isCleanResult = (v: unknown): v is CleanReloadResult =>
  isObject(v) &&
  typeof v.ok === 'boolean' &&
  (v.refused === undefined || Object.hasOwn(REFUSAL_MESSAGES, v.refused as PropertyKey));
const isPanelState = (v: unknown): v is PanelState => isObject(v) && typeof v.collapsed === 'boolean';
const isTabView = (v: unknown): v is TabView => isObject(v) && Array.isArray(v.rules) && isGuidance(v.guidance);
// The report's link becomes an href in the popup: a mailto: address or no answer at all.
const isUnknownReport = (v: unknown): v is UnknownReport =>
  isObject(v) &&
  typeof v.to === 'string' &&
  typeof v.href === 'string' &&
  /^mailto:/.test(v.href) &&
  typeof v.body === 'string' &&
  isObject(v.rule) &&
  typeof v.entry === 'string';
const isRuleTest = (v: unknown): v is RuleTest =>
  isObject(v) && typeof v.matches === 'boolean' && typeof v.shown === 'boolean';

export const REPLY_CHECKS: ReplyChecks = {
  report: isGuidance,
  'clean-reload': isCleanResult,
  'return-to-saga': isCleanResult,
  'tab-state': isTabView,
  'panel-state': isPanelState,
  'unknown-report': isUnknownReport,
  'trial-rule': isRuleTest,
};

/**
 * The one way the content script and the extension pages ask the worker. It takes the runtime rather
 * than importing one because the content script passes the browser's own API (native-browser.ts, its
 * size budget) and the pages webextension-polyfill's.
 */
export function typedSend(runtime: { sendMessage(message: unknown): Promise<unknown> }): Send {
  return async <R extends MessageRequest>(request: R): Promise<MessageResponse<R['type']> | undefined> => {
    const reply = await runtime.sendMessage(request);
    const type: R['type'] = request.type;
    const check: ReplyChecks[R['type']] = REPLY_CHECKS[type];
    return check(reply) ? reply : undefined;
  };
}
