// `npm run bench`: SAGA Helper's cost, in figures, on this machine; printed and written to
// docs/performance.md. Timings are noisy on shared machines, hence medians of pairs and percentiles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readTree, zipFiles } from '../package/zip.mjs';
import { DIST, launch, type Launched } from '../../test/e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../../test/e2e/harness/chromium';
import { startSites } from '../../test/e2e/harness/sites';
import { churn, latency, loadLongPage, matcher } from './chromium-runs';
import { writePages } from './pages';
import { fmt, median, percentile } from './stats';

const PAIRS = 7;
const LATENCY_TRIES = 20;
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean | null;
}

async function pairs(without: Launched, withExt: Launched, run: (b: Launched) => Promise<number>): Promise<{ without: number; with: number; ratio: number }> {
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
  return { without: median(a), with: median(b), ratio: median(ratios) };
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
      await build({ entryPoints: [fileURLToPath(new URL('./matcher-entry.ts', import.meta.url))], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome111' })
    ).outputFiles[0]?.text as string;
    const m = await matcher(without, bundle, 15);
    const ratio = median(m.naive) / median(m.ours);
    rows.push({
      measure: `Matcher, all rules over ${fmt(m.textBytes / 1e6, 2)} MB of page text (median of 15)`,
      value: `ours ${fmt(median(m.ours))} ms, naive regex baseline ${fmt(median(m.naive))} ms: ours ${fmt(ratio, 2)}× as fast`,
      budget: 'faster than the baseline',
      ok: ratio >= 1,
    });
    const long = await pairs(without, withExt, loadLongPage);
    rows.push({
      measure: `(a) Load and settle a SAGA page of 5,000 arrêtés: main-thread task time (median of ${PAIRS} pairs)`,
      value: `${fmt(long.without)} ms without, ${fmt(long.with)} ms with: ratio ${fmt(long.ratio, 3)}`,
      budget: '< 1.05',
      ok: long.ratio < 1.05,
    });
    const busy = await pairs(without, withExt, churn);
    rows.push({
      measure: `(b) 200 nodes added and removed per task, 150 tasks: main-thread task time (median of ${PAIRS} pairs)`,
      value: `${fmt(busy.without)} ms without, ${fmt(busy.with)} ms with: ratio ${fmt(busy.ratio, 3)}`,
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
    rows.push({ measure: `Size of ${name}.js, minified`, value: `${size.toLocaleString('en')} bytes`, budget, ok: budget ? size < 20_000 : null });
  }
  const zip = zipFiles(await readTree(DIST));
  rows.push({ measure: 'Size of the packaged ZIP', value: `${zip.length.toLocaleString('en')} bytes`, budget: '', ok: null });
  report(rows, chromiumPath);
}

function report(rows: readonly Row[], chromiumPath: string): void {
  const browser = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${browser}`;
  const status = (ok: boolean | null): string => (ok === null ? '' : ok ? 'within budget' : 'OVER BUDGET');
  const lines = [
    '| Measure | Result | Budget | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.budget} | ${status(r.ok)} |`),
  ];
  const text = `# Performance\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.\nTimings come from headless Chromium with and without the built extension, on the same local fixture server.\n\n${lines.join('\n')}\n`;
  console.log(text);
  writeFileSync(join(root, 'docs/performance.md'), text);
  console.log('written to docs/performance.md');
}

await main();
