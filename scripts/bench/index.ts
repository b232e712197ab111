// `npm run bench`: SAGA Helper's cost, in figures, on this machine; printed and written to
// docs/performance.md. Timings are noisy on shared machines, hence medians of pairs and percentiles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readTree, zipFiles } from '../package/zip';
import { DIST, launch, type Launched } from '../../test/e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../../test/e2e/harness/chromium';
import { startSites } from '../../test/e2e/harness/sites';
import { churn, latency, loadLongPage, matcher } from './chromium-runs';
import { writePages } from './pages';
import { fmt, median, percentile } from './stats';

const PAIRS = 21;
const LATENCY_TRIES = 20;
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean | null;
}

interface Paired {
  readonly without: number;
  readonly with: number;
  readonly ratio: number;
  /** The lowest and highest ratio of a pair: how noisy the machine was. */
  readonly spread: [number, number];
}

async function pairs(without: Launched, withExt: Launched, run: (b: Launched) => Promise<number>): Promise<Paired> {
  const ratios: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  await run(without); // warm both browsers' caches once, unmeasured
  await run(withExt);
  for (let i = 0; i < PAIRS; i++) {
    const x = await run(without);
    const y = await run(withExt);
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  return {
    without: median(a),
    with: median(b),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
  };
}

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`no Chromium: ${INSTALL_HINT}`);
  const work = mkdtempSync(join(tmpdir(), 'saga-helper-bench-'));
  const sites = await startSites({ 'saga.cng.sante.fr': writePages(work) });
  const withExt = await launch({ executablePath: chromiumPath, port: sites.port });
  const without = await launch({ executablePath: chromiumPath, port: sites.port, load: false });
  const rows: Row[] = [];
  try {
    const bundle = (
      await build({
        entryPoints: [fileURLToPath(new URL('./matcher-entry.ts', import.meta.url))],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'chrome111',
      })
    ).outputFiles[0]?.text as string;
    const m = await matcher(without, bundle, 15);
    for (const [label, run] of [
      ['no error text', m.quiet],
      ['one error message in it', m.error],
    ] as const) {
      rows.push({
        measure: `(1) Matcher, all rules over ${fmt(m.textBytes / 1e6, 2)} MB of page text, ${label} (median of 15)`,
        value: `ours ${fmt(median(run.ours))} ms, naive baseline ${fmt(median(run.naive))} ms: ratio ours/naive ${fmt(median(run.ours) / median(run.naive), 2)}`,
        budget: '',
        ok: null,
      });
    }
    const long = await pairs(without, withExt, loadLongPage);
    rows.push({
      measure: `(a) Load and settle a SAGA page of 5,000 arrêtés: main-thread task time (median of ${PAIRS} pairs)`,
      value: `${fmt(long.without)} ms without, ${fmt(long.with)} ms with: ratio ${fmt(long.ratio, 3)} (pairs ${fmt(long.spread[0], 2)}–${fmt(long.spread[1], 2)})`,
      budget: '< 1.05',
      ok: long.ratio < 1.05,
    });
    const busy = await pairs(without, withExt, churn);
    rows.push({
      measure: `(b) 200 nodes added and removed per task, 150 tasks: main-thread task time (median of ${PAIRS} pairs)`,
      value: `${fmt(busy.without)} ms without, ${fmt(busy.with)} ms with: ratio ${fmt(busy.ratio, 3)} (pairs ${fmt(busy.spread[0], 2)}–${fmt(busy.spread[1], 2)})`,
      budget: '< 1.05',
      ok: busy.ratio < 1.05,
    });
    const tries: number[] = [];
    for (let i = 0; i < LATENCY_TRIES; i++) tries.push(await latency(withExt));
    rows.push({
      measure: `(c) Detection latency, error inserted into an idle page → panel in the DOM (${LATENCY_TRIES} tries)`,
      value: `p50 ${fmt(percentile(tries, 50))} ms, p95 ${fmt(percentile(tries, 95))} ms`,
      budget: 'p95 < 50 ms',
      ok: percentile(tries, 95) < 50,
    });
  } finally {
    await withExt.close();
    await without.close();
    await sites.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const name of ['content', 'panel', 'background', 'popup', 'options', 'help']) {
    const size = statSync(join(DIST, `${name}.js`)).size;
    const budget = name === 'content' ? '< 20,000 bytes' : '';
    rows.push({
      measure: `Size of ${name}.js, minified`,
      value: `${size.toLocaleString('en')} bytes`,
      budget,
      ok: budget ? size < 20_000 : null,
    });
  }
  const zip = zipFiles(await readTree(DIST));
  rows.push({
    measure: 'Size of the packaged ZIP',
    value: `${zip.length.toLocaleString('en')} bytes`,
    budget: '',
    ok: null,
  });
  report(rows, chromiumPath);
}

const NOTES = `## How to read it

- (1) "Ours" is the content script's scanner on the page's DOM (reading text block by block, with
  visibility, message boxes and targets); the naive baseline tests each rule's phrases as a regular
  expression over the normalised text of the whole page. Both are bound by normalising the text. On a page
  without any error text the scanner reads it in one pass and stops; with an error in it, it reads every
  block, which is what lets it say where the error is, whether it is visible and what to point at.
- (a), (b) The ratio is the median, over the pairs, of task time with the extension over task time without
  it (DevTools protocol \`Performance.getMetrics\`, \`TaskDuration\` of the page's renderer main thread,
  where the content script runs). Timings on a shared machine are noisy: ratios under 1 happen.
- (c) From the insertion of the error text to the panel's element in the DOM: the content script gathers
  changes for one frame (16 ms), then the panel's module is imported on first use.
- Causes found and fixed while setting these budgets: the content script asked for an animation frame to
  batch changes, which made the browser render frames it would not have (+30% task time on a page
  re-rendering 200 nodes per task; now a 16 ms timer); every mutation record was read even when a page
  rewrites itself wholesale (now, past 250 records in a frame, it stops taking records until the frame ends
  and reads the page once, and while the page keeps at it, the frames it waits double, up to 16); a long page was read block by block even without any error text in it (now
  one pass over its text decides).
`;

function report(rows: readonly Row[], chromiumPath: string): void {
  const browser = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${browser}`;
  const status = (ok: boolean | null): string => (ok === null ? '' : ok ? 'within budget' : 'OVER BUDGET');
  const lines = [
    '| Measure | Result | Budget | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.budget} | ${status(r.ok)} |`),
  ];
  const text = `# Performance\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.\nTimings come from headless Chromium with and without the built extension, on the same local fixture server.\n\n${lines.join('\n')}\n\n${NOTES}`;
  console.log(text);
  writeFileSync(join(root, 'docs/performance.md'), text);
  console.log('written to docs/performance.md');
}

await main();
