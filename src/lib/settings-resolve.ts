import { checkExtraRules } from './extra-rules-check';
import { isValidSetting } from './settings-check';
import { settingForm } from './settings-forms';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  USER_KEYS,
  type ProblemReason,
  type ResolvedSettings,
  type SettingKey,
  type SettingProblem,
  type Settings,
  type Source,
} from './settings';

type Check = (value: unknown, known: ReadonlySet<string>) => { value?: unknown; problems: [ProblemReason, string][] };

const ok = (value: unknown): ReturnType<Check> => ({ value, problems: [] });

/** A value quoted for the options page. Not String(): an object whose toString is not a function
 * ({"toString": null}, as JSON can say) makes it throw, and resolveSettings must never throw. */
const quote = (v: unknown, max: number): string => {
  try {
    return (typeof v === 'string' ? v : String(JSON.stringify(v))).slice(0, max);
  } catch {
    return typeof v;
  }
};

const bad = (reason: ProblemReason, detail: unknown): ReturnType<Check> => ({
  problems: [[reason, quote(detail, 200)]],
});

// One check per key. Lists keep their good items and report each bad one: a single wrong rule id
// must not switch off the whole list.
const CHECKS: Record<SettingKey, Check> = {
  adminEmail: (v) =>
    typeof v !== 'string' ? bad('type', typeof v) : isValidSetting('adminEmail', v) ? ok(v) : bad('email', v),
  ccEmail: (v) =>
    typeof v !== 'string' ? bad('type', typeof v) : isValidSetting('ccEmail', v) ? ok(v) : bad('email', v),
  reportEmail: (v) =>
    typeof v !== 'string' ? bad('type', typeof v) : isValidSetting('reportEmail', v) ? ok(v) : bad('email', v),
  hotlineUrl: (v) =>
    typeof v !== 'string' ? bad('type', typeof v) : isValidSetting('hotlineUrl', v) ? ok(v) : bad('url', v),
  showBrowserAdvice: (v) => (isValidSetting('showBrowserAdvice', v) ? ok(v) : bad('type', typeof v)),
  locale: (v) => (isValidSetting('locale', v) ? ok(v) : bad('type', v)),
  disabledRules: (v, known) => {
    if (!Array.isArray(v)) return bad('type', typeof v);
    const problems: [ProblemReason, string][] = [];
    const value = v.filter((id): id is string => {
      const fine = typeof id === 'string' && known.has(id);
      if (!fine) problems.push(['unknown-rule', quote(id, 100)]);
      return fine;
    });
    return { value, problems };
  },
  extraRules: (v, known) => {
    if (!Array.isArray(v)) return bad('type', typeof v);
    const { rules, problems } = checkExtraRules(v, known);
    return { value: rules, problems };
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The effective settings. `builtInRules` are the catalogue's ids (for disabledRules, and so that an
 * extra rule cannot take a built-in id). Never throws: whatever policy or the user stored, a wrong
 * value is ignored alone, reported in `problems`, and the rest applies. The values returned have their
 * own types (arrays, booleans) whatever form they came in (settings-forms.ts).
 */
export function resolveSettings(policy: unknown, user: unknown, builtInRules: readonly string[]): ResolvedSettings {
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const sources = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as Record<SettingKey, Source>;
  const problems: SettingProblem[] = [];
  const layers: ['policy' | 'user', unknown, readonly SettingKey[]][] = [
    ['policy', policy, SETTING_KEYS],
    ['user', user, USER_KEYS],
  ];
  for (const [from, raw, allowed] of layers) {
    if (raw === undefined || raw === null) continue;
    if (!isRecord(raw)) {
      problems.push({ key: '*', from, reason: 'type', detail: typeof raw });
      continue;
    }
    // Extra rules first: disabledRules may name them.
    const keys = Object.keys(raw).sort((a, b) => Number(b === 'extraRules') - Number(a === 'extraRules'));
    for (const key of keys) {
      if (!(allowed as readonly string[]).includes(key)) {
        problems.push({ key, from, reason: 'unknown-key', detail: key });
        continue;
      }
      const k = key as SettingKey;
      if (from === 'user' && sources[k] === 'policy') continue; // policy wins, and locks the option
      const known = new Set([...builtInRules, ...(values.extraRules as Settings['extraRules']).map((r) => r.id)]);
      // A list as JSON text, a boolean as 0/1 (Firefox passes policy on as written): read first.
      const form = settingForm(k, raw[key]);
      const checked = 'problem' in form ? { problems: [form.problem] } : CHECKS[k](form.value, known);
      for (const [reason, detail] of checked.problems) problems.push({ key, from, reason, detail });
      if (checked.value !== undefined) {
        values[k] = checked.value;
        sources[k] = from;
      }
    }
  }
  return { settings: values as unknown as Settings, sources, problems };
}
