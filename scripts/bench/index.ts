// `npm run bench`: SAGA Helper's cost, in figures, on this machine; printed and written to
// docs/performance.md. Timings are noisy on shared machines, hence medians of pairs and percentiles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT } from '../../test/e2e/harness/chromium';
import { startSites } from '../../test/e2e/harness/sites';
import { snapshotDist, withoutExtension, type Where } from './browsers';
import { matcher } from './matcher-run';
import { pairWithoutPolicy, pairWithPolicy } from './pairs';
import { writePages } from './pages';
import { removePolicy, writePolicy } from './policy';
import { broken, report } from './report';
import { latencyRows, matcherRows, ratioRows, type Row } from './rows';
import { sizeRows } from './sizes';
import { fmt, type Samples } from './stats';

// Eleven pairs keep the whole run near 12 minutes on 2 shared cores; BENCH_PAIRS=2 gives a quick try.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 11);
const LATENCY_TRIES = 20;
const MATCHER_TIMES = 15;
const root = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();
const minutes = (): number => (Date.now() - started) / 60_000;
const progress = (what: string): void => console.error(`[bench ${fmt(minutes())} min] ${what}`);

// The policy names this run's own extension copy only, but a file left in /etc outlives any run.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    removePolicy();
    process.exit(130);
  });

async function measureAll(where: Where, samples: Samples, rows: Row[]): Promise<string | null> {
  const probe = await withoutExtension(where);
  try {
    rows.push(...matcherRows(await matcher(probe, MATCHER_TIMES), MATCHER_TIMES));
  } finally {
    await probe.close();
  }
  let id = '';
  for (let i = 0; i < PAIRS; i++) {
    id = await pairWithoutPolicy(where, i, samples, Math.ceil(LATENCY_TRIES / PAIRS));
    progress(`pair ${i + 1}/${PAIRS} without policy`);
  }
  // Browsers read policy at start: every browser of the next pairs has the extra rule from the first page.
  const denied = writePolicy(id);
  if (denied) return denied;
  for (let i = 0; i < PAIRS; i++) {
    await pairWithPolicy(where, i, samples);
    progress(`pair ${i + 1}/${PAIRS} with the extra rule by policy`);
  }
  return null;
}

async function main(): Promise<number> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`no Chromium: ${INSTALL_HINT}`);
  removePolicy(); // one left by a run that was killed
  const work = mkdtempSync(join(tmpdir(), 'saga-helper-bench-'));
  const extension = snapshotDist(work);
  // Read before any browser runs it, in case one writes into the extension's folder.
  const sizes = await sizeRows(extension);
  const sites = await startSites({ 'saga.cng.sante.fr': writePages(work) });
  const samples: Samples = new Map();
  const rows: Row[] = [];
  let policyProblem: string | null;
  try {
    policyProblem = await measureAll({ chromium: chromiumPath, port: sites.port, extension }, samples, rows);
  } finally {
    removePolicy();
    await sites.close();
    rmSync(work, { recursive: true, force: true });
  }
  rows.push(...ratioRows(samples, policyProblem), ...latencyRows(samples), ...sizes);
  const run = { rows, chromiumPath, pairs: PAIRS, minutes: minutes() };
  console.log(report(run, join(root, 'docs/performance.md')));
  return broken(rows) ? 1 : 0;
}

process.exitCode = await main();
