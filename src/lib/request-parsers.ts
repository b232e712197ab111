import { siteOfUrl, type Site } from '../core/sites';
import type { MessageRequest, MessageType } from './messages';
import type { ExtraRule } from './settings';

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
const isSite = (v: unknown): v is Site => v === 'saga' || v === 'plage' || v === 'hotline';
const isFilled = (v: unknown, max: number): v is string => isString(v, max) && v.trim() !== '';
// As checkExtraRules takes them: 1 to 10 phrases of at most 200 characters.
const isPhrases = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length >= 1 && v.length <= 10 && v.every((p) => isFilled(p, 200));
// Its fields are checked by checkExtraRules, in the handler: the same errors as policy's.
const isRuleOrNull = (v: unknown): v is ExtraRule | null => v === null || (typeof v === 'object' && !Array.isArray(v));

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
  // A served https page of the site it says: the report names the page the message was seen on.
  'unknown-report': (m) =>
    isSite(m.site) &&
    isString(m.url) &&
    /^https:\/\//.test(m.url) &&
    siteOfUrl(m.url) === m.site &&
    isFilled(m.text, 1_000) &&
    isPhrases(m.phrases) &&
    typeof m.verified === 'boolean'
      ? { type: 'unknown-report', site: m.site, url: m.url, text: m.text, phrases: m.phrases, verified: m.verified }
      : null,
  'trial-rule': (m) =>
    isTabId(m.tabId) && isRuleOrNull(m.rule) ? { type: 'trial-rule', tabId: m.tabId, rule: m.rule } : null,
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
