import type { MatcherTimes } from './matcher-run';
import { COMMON_WORDS, NEAR_MATCH_SIZES } from './near-match-pages';
import { fmt, median, paired, percentile, type Samples, type Series } from './stats';

export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly budget: string;
  /** null: no budget (or not measured). */
  readonly ok: boolean | null;
  /** The run itself went wrong (a check failed, a page timed out): the figures, if any, are not to be trusted. */
  readonly failed?: boolean;
}

export const RATIO_BUDGET = 1.05;
export const LATENCY_P95_BUDGET_MS = 30;
export const ACTION_BUDGET_MS = 100;

const EMPTY: Series = { without: [], with: [], failures: [] };

export function matcherRows(m: MatcherTimes, times: number): Row[] {
  return (
    [
      ['no error text', m.quiet],
      ['one error message in it', m.error],
    ] as const
  ).map(([label, run]) => ({
    measure: `(1) Matcher, all rules over ${fmt(m.textBytes / 1e6, 2)} MB of page text, ${label} (median of ${times})`,
    value: `ours ${fmt(median(run.ours))} ms, naive baseline ${fmt(median(run.naive))} ms: ratio ours/naive ${fmt(median(run.ours) / median(run.naive), 2)}`,
    budget: '',
    ok: null,
  }));
}

/** A row whose run went wrong: its figures, if any, then what went wrong; over budget whatever the figures. */
function checked(row: Row, s: Series): Row {
  if (s.failures.length === 0 && s.with.length > 0) return row;
  const more = s.failures.length > 3 ? ` (and ${s.failures.length - 3} more)` : '';
  const why = s.failures.length ? `${s.failures.slice(0, 3).join('; ')}${more}` : 'nothing measured';
  const figures = s.with.length > 0 ? `${row.value}; ` : '';
  return { ...row, value: `${figures}FAILED: ${why}`, ok: false, failed: true };
}

/** A with/without ratio row; `notMeasured` says why it could not run at all. */
function ratioRow(measure: string, s: Series = EMPTY, notMeasured?: string): Row {
  const budget = `≤ ${fmt(RATIO_BUDGET, 2)}`;
  if (notMeasured) return { measure, value: `not measured: ${notMeasured}`, budget, ok: null };
  if (s.with.length === 0) return checked({ measure, value: '', budget, ok: false }, s);
  const r = paired(s);
  const row = {
    measure: `${measure} (median of ${r.pairs} pairs)`,
    value: `${fmt(r.without)} ms without, ${fmt(r.with)} ms with: ratio ${fmt(r.ratio, 3)} (pairs ${fmt(r.spread[0], 2)}–${fmt(r.spread[1], 2)})`,
    budget,
    ok: r.ratio <= RATIO_BUDGET,
  };
  return checked(row, s);
}

export function ratioRows(samples: Samples, policyProblem: string | null): Row[] {
  const task = 'main-thread task time';
  const words = COMMON_WORDS.map((w) => `"${w}"`).join(' and ');
  return [
    ratioRow(`(a) Load and settle a SAGA page of 5,000 arrêtés, Edge user agent, no panel: ${task}`, samples.get('a')),
    ratioRow(`(b) 200 nodes added and removed per task, 150 tasks: ${task}`, samples.get('b')),
    ratioRow(
      `(c) The same 5,000 arrêtés, first visit of a fresh profile, Chromium's user agent: browser advice panel shown; ${task}`,
      samples.get('c'),
    ),
    ...NEAR_MATCH_SIZES.map((n) =>
      ratioRow(
        `(d) Near-match page of ${n.toLocaleString('en')} blocks, each with "appairage", ${words}, no error, no panel: ${task}`,
        samples.get(`d-${n}`),
      ),
    ),
    ...NEAR_MATCH_SIZES.map((n) =>
      ratioRow(
        `(d) The same ${n.toLocaleString('en')} blocks, with an extra rule of common words (${words}) set by policy: ${task}`,
        samples.get(`x-${n}`),
        policyProblem ?? undefined,
      ),
    ),
  ];
}

export function latencyRows(samples: Samples): Row[] {
  const e = samples.get('e') ?? EMPTY;
  const p95 = percentile(e.with, 95);
  const rows = [
    checked(
      {
        measure: `(e) Detection latency, error inserted into an idle page → panel in the DOM (${e.with.length} tries)`,
        value: `p50 ${fmt(percentile(e.with, 50))} ms, p95 ${fmt(p95)} ms`,
        budget: `p95 ≤ ${LATENCY_P95_BUDGET_MS} ms`,
        ok: p95 <= LATENCY_P95_BUDGET_MS,
      },
      e,
    ),
  ];
  for (const [key, when] of [
    ['f1', 'first error after a browser start'],
    ['f2', 'warm (the same browser, another load)'],
  ] as const) {
    const f = samples.get(key) ?? EMPTY;
    const max = Math.max(...f.with);
    const row = {
      measure: `(${key}) Worker's answer, panel in the DOM → its first action button, SAGA error page, ${when} (${f.with.length} pairs)`,
      value: `median ${fmt(median(f.with))} ms, max ${fmt(max)} ms`,
      budget: `max ≤ ${ACTION_BUDGET_MS} ms`,
      ok: max <= ACTION_BUDGET_MS,
    };
    rows.push(checked(row, f));
  }
  return rows;
}
