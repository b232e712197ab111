import type { MessageCandidate, MessagePick, RuleTest, TabMessageType, TabRequest, TabResponse } from './tab-messages';

/**
 * A typed `tabs.sendMessage` to a tab's top frame: the answer's type follows the request's, per the
 * tab message map, and is undefined when the content script gave none or one of the wrong shape (a
 * page loaded before the extension, a content script of an older version). A failure to deliver (no
 * content script in the tab) still rejects.
 */
export type TabSend = <R extends TabRequest>(tabId: number, request: R) => Promise<TabResponse<R['type']> | undefined>;

/** How each reply is checked, typed over the whole tab message map: a type without its check does not compile. */
export type TabReplyChecks = { readonly [K in TabMessageType]: (reply: unknown) => reply is TabResponse<K> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const SOURCES: readonly unknown[] = ['selection', 'alert', 'block'];
const isCandidate = (v: unknown): v is MessageCandidate =>
  isObject(v) &&
  typeof v.text === 'string' &&
  isStrings(v.phrases) &&
  typeof v.verified === 'boolean' &&
  SOURCES.includes(v.source);
const isPick = (v: unknown): v is MessagePick =>
  isObject(v) &&
  ['saga', 'plage', 'hotline'].includes(v.site as string) &&
  typeof v.url === 'string' &&
  Array.isArray(v.candidates) &&
  v.candidates.every(isCandidate);
const isRuleTest = (v: unknown): v is RuleTest =>
  isObject(v) && typeof v.matches === 'boolean' && typeof v.shown === 'boolean';

export const TAB_REPLY_CHECKS: TabReplyChecks = {
  'pick-messages': isPick,
  'test-rule': isRuleTest,
};

export function typedTabSend(tabs: {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}): TabSend {
  return async <R extends TabRequest>(tabId: number, request: R): Promise<TabResponse<R['type']> | undefined> => {
    // The top frame only: one answer per tab, from the page the director sees.
    const reply = await tabs.sendMessage(tabId, request, { frameId: 0 });
    const type: R['type'] = request.type;
    const check: TabReplyChecks[R['type']] = TAB_REPLY_CHECKS[type];
    return check(reply) ? reply : undefined;
  };
}
