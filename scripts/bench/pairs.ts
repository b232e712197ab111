import type { Launched } from '../../test/e2e/harness/browser';
import { withExtension, withoutExtension, type Where } from './browsers';
import { actionLatency, latency } from './latency';
import { NEAR_MATCH_SIZES } from './near-match-pages';
import { EXTRA_RULE, extraRuleArrived } from './policy';
import { series, type Samples } from './stats';
import { churn, loadAndSettle, type Loaded } from './task-time';

type Run = (browser: Launched) => Promise<Loaded>;
/** What the browser with the extension must have shown: null when right, else what was wrong. */
type Check = (rules: readonly string[]) => string | null;

const noPanel: Check = (rules) => (rules.length ? `a panel appeared (${rules.join(' ')})` : null);
const advice: Check = (rules) =>
  rules.includes('browser-not-recommended') ? null : `no browser advice panel (rules: ${rules.join(' ') || 'none'})`;
const firstLine = (error: unknown): string => (error as Error).message.split('\n')[0] ?? String(error);

interface Pair {
  readonly index: number;
  readonly without: Launched;
  readonly with: Launched;
  readonly samples: Samples;
}

/** One measure in both browsers of a pair, after an unmeasured run in each when `warm`. */
async function measure(p: Pair, key: string, run: Run, check: Check, warm: boolean): Promise<void> {
  const s = series(p.samples, key);
  // Who goes first alternates: a load on the shared machine that rises during a pair weighs on both sides.
  const order = p.index % 2 ? [p.with, p.without] : [p.without, p.with];
  try {
    const problems: (string | null)[] = [];
    for (const b of warm ? order : []) {
      const warmed = await run(b);
      if (b === p.with) problems.push(check(warmed.rules));
    }
    const results = new Map<Launched, Loaded>();
    for (const b of order) results.set(b, await run(b));
    problems.push(check(results.get(p.with)?.rules ?? []));
    const problem = problems.find((x) => x !== null);
    if (problem) s.failures.push(`pair ${p.index + 1}: ${problem}`);
    s.without.push(results.get(p.without)?.ms ?? Number.NaN);
    s.with.push(results.get(p.with)?.ms ?? Number.NaN);
  } catch (error) {
    s.failures.push(`pair ${p.index + 1}: ${firstLine(error)}`);
  }
}

async function withPair<T>(where: Where, index: number, samples: Samples, work: (p: Pair) => Promise<T>): Promise<T> {
  const [without, withExt] = await Promise.all([withoutExtension(where), withExtension(where)]);
  try {
    return await work({ index, without, with: withExt, samples });
  } finally {
    await Promise.all([without.close(), withExt.close()]);
  }
}

/** (f) A browser just started, the error page opened at once (f1), then opened again (f2). */
async function firstStart(where: Where, index: number, samples: Samples): Promise<void> {
  const browser = await withExtension(where);
  try {
    for (const key of ['f1', 'f2']) {
      await actionLatency(browser).then(
        (ms) => series(samples, key).with.push(ms),
        (error: unknown) => series(samples, key).failures.push(`pair ${index + 1}: ${firstLine(error)}`),
      );
    }
  } finally {
    await browser.close();
  }
}

/** Everything measured without policy, in fresh browsers; returns the extension's id. */
export async function pairWithoutPolicy(
  where: Where,
  index: number,
  samples: Samples,
  latencyTries: number,
): Promise<string> {
  await firstStart(where, index, samples);
  return withPair(where, index, samples, async (p) => {
    // First: the browser advice shows on its own only on the profile's first visit.
    await measure(p, 'c', (b) => loadAndSettle(b, 'arretes.html', false), advice, false);
    await measure(p, 'a', (b) => loadAndSettle(b, 'arretes.html', true), noPanel, true);
    await measure(p, 'b', churn, noPanel, true);
    for (const n of NEAR_MATCH_SIZES)
      await measure(p, `d-${n}`, (b) => loadAndSettle(b, `near-${n}.html`, true), noPanel, true);
    const e = series(samples, 'e');
    for (let i = 0; i < latencyTries; i++)
      await latency(p.with).then(
        (ms) => e.with.push(ms),
        (error: unknown) => e.failures.push(`pair ${index + 1}: ${firstLine(error)}`),
      );
    return p.with.extensionId;
  });
}

/** The near-match pages again, in browsers started with the extra rule in policy. */
export async function pairWithPolicy(where: Where, index: number, samples: Samples): Promise<void> {
  const keys = NEAR_MATCH_SIZES.map((n) => `x-${n}`);
  const fail = (why: string): void =>
    keys.forEach((k) => series(samples, k).failures.push(`pair ${index + 1}: ${why}`));
  await withPair(where, index, samples, async (p) => {
    if (!(await extraRuleArrived(p.with))) return fail("the policy's extra rule did not reach storage.managed");
    for (const n of NEAR_MATCH_SIZES)
      await measure(p, `x-${n}`, (b) => loadAndSettle(b, `near-${n}.html`, true), noPanel, true);
    // Proof that the rule was live: in an error box, its words show its panel.
    const control = await loadAndSettle(p.with, 'control.html', true);
    if (!control.rules.includes(EXTRA_RULE.id)) fail(`the extra rule did not show on its control page`);
  });
}
