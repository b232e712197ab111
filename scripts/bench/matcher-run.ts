import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Launched } from '../../test/e2e/harness/browser';
import { newPage, SAGA } from './task-time';

/** (1) The matcher over about 1 MB of page text: ours and the naive baseline, `times` each. */
export interface MatcherTimes {
  readonly textBytes: number;
  /** The page as it is (no error text), then with one error message added at the end. */
  readonly quiet: { readonly ours: number[]; readonly naive: number[] };
  readonly error: { readonly ours: number[]; readonly naive: number[] };
}

async function matcherBundle(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./matcher-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome111',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function matcher(browser: Launched, times: number): Promise<MatcherTimes> {
  const bundle = await matcherBundle();
  const page = await newPage(browser, true);
  try {
    await page.goto(`${SAGA}/text.html`, { waitUntil: 'load' });
    await page.evaluate(bundle);
    const result = await page.evaluate(
      (n) => (globalThis as unknown as { sagaBench: { run(n: number): unknown } }).sagaBench.run(n),
      times,
    );
    return result as MatcherTimes;
  } finally {
    await page.close();
  }
}
