import type { ProblemReason, SettingKey } from './settings';

/*
 * Firefox hands policy to storage.managed as it was written and applies no managed_schema: a
 * policies.json author may write a list as JSON text, and from the Windows registry a REG_SZ stays a
 * string and a REG_DWORD a number. Chromium converts by the schema before storage.managed, so these
 * forms never reach it from policy. Here they become the value they stand for, before the one check of
 * each setting (settings-resolve.ts). What the worker stores is the resolved value: the pages, which
 * check stored values again (usableSettings), only ever see arrays and booleans.
 */

/** Longest JSON text read for a list: it is parsed at each resolution, and no real list needs more. */
export const MAX_JSON_TEXT = 64 * 1024;

const JSON_KEYS: readonly SettingKey[] = ['disabledRules', 'extraRules'];
const BOOLEAN_KEYS: readonly SettingKey[] = ['showBrowserAdvice'];
// A REG_DWORD 0/1; the same as text (a REG_SZ where a DWORD was meant: Chromium converts that too);
// a boolean quoted in policies.json, or written by PowerShell from $true ("True"). Nothing looser:
// "yes" or 2 stay a wrong type, shown on the options page.
const BOOLEANS: ReadonlyMap<unknown, boolean> = new Map<unknown, boolean>([
  [0, false],
  [1, true],
  ['0', false],
  ['1', true],
  ['false', false],
  ['true', true],
]);

export type SettingForm = { readonly value: unknown } | { readonly problem: [ProblemReason, string] };

/** The value `v` stands for, for `key`; or why it cannot be read at all. Never throws. */
export function settingForm(key: SettingKey, v: unknown): SettingForm {
  if (BOOLEAN_KEYS.includes(key)) {
    const meant = BOOLEANS.get(typeof v === 'string' ? v.trim().toLowerCase() : v);
    return { value: meant ?? v };
  }
  if (!JSON_KEYS.includes(key) || typeof v !== 'string') return { value: v };
  if (v.length > MAX_JSON_TEXT) return { problem: ['too-long', `${v.length} > ${MAX_JSON_TEXT}`] };
  try {
    return { value: JSON.parse(v) as unknown };
  } catch (err) {
    // The parser's own words say where the text breaks (line and column in Firefox).
    return { problem: ['json', (err instanceof Error ? err.message : 'JSON').slice(0, 200)] };
  }
}
