import type { MessageRequest, MessageType } from './messages';

/**
 * One parser per message type, held in a table typed over the whole message map: a type without
 * its parser does not compile. Each gets a non-null object and returns the request, or null.
 */
export type RequestParsers = {
  readonly [K in MessageType]: (raw: Readonly<Record<string, unknown>>) => MessageRequest<K> | null;
};

const MAX_RULES = 32;
const MAX_TEXT = 2_000;

const isString = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isParams = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 5 && v.every((p) => isString(p, 200));
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isRuleList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_RULES && v.every((r) => isString(r, 100) && /^[a-z0-9-]+$/.test(r));

export const REQUEST_PARSERS: RequestParsers = {
  report: (m) =>
    isRuleList(m.rules) &&
    isParams(m.params) &&
    isString(m.evidence) &&
    isString(m.url) &&
    /^https:\/\//.test(m.url) &&
    isTime(m.loadedAt)
      ? { type: 'report', rules: m.rules, params: m.params, evidence: m.evidence, url: m.url, loadedAt: m.loadedAt }
      : null,
  'clean-reload': (m) => {
    if (m.tabId === undefined) return { type: 'clean-reload' };
    return isTabId(m.tabId) ? { type: 'clean-reload', tabId: m.tabId } : null;
  },
  'return-to-saga': () => ({ type: 'return-to-saga' }),
  'tab-state': (m) => (isTabId(m.tabId) ? { type: 'tab-state', tabId: m.tabId } : null),
  'panel-state': (m) => {
    if (m.collapsed === undefined) return { type: 'panel-state' };
    return typeof m.collapsed === 'boolean' ? { type: 'panel-state', collapsed: m.collapsed } : null;
  },
};

/**
 * The request, if `value` is a well-formed one; null otherwise (unknown type, wrong fields, too big).
 * The only door into the worker's handlers.
 */
export function parseRequest(value: unknown): MessageRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  // Own keys only: a type named like an Object method ('toString', '__proto__') is unknown, not a parser.
  if (typeof m.type !== 'string' || !Object.hasOwn(REQUEST_PARSERS, m.type)) return null;
  return REQUEST_PARSERS[m.type as MessageType](m);
}
