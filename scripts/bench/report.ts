import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { NOTES } from './notes';
import type { Row } from './rows';
import { fmt } from './stats';

const status = (r: Row): string => (r.failed ? 'FAILED' : r.ok === null ? '' : r.ok ? 'within budget' : 'OVER BUDGET');

function machine(chromiumPath: string): string {
  const browser = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${browser}`;
}

export interface Run {
  readonly rows: readonly Row[];
  readonly chromiumPath: string;
  readonly pairs: number;
  readonly minutes: number;
}

/** Prints the table and writes docs/performance.md; returns the summary line. */
export function report(run: Run, file: string): string {
  const lines = [
    '| Measure | Result | Budget | |',
    '|---|---|---|---|',
    ...run.rows.map((r) => `| ${r.measure} | ${r.value} | ${r.budget} | ${status(r)} |`),
  ];
  const date = new Date().toISOString().slice(0, 10);
  const text = `# Performance

Measured by \`npm run bench\` on ${date}: ${machine(run.chromiumPath)}.
Timings come from headless Chromium with and without the built extension, on the same local fixture server: ${run.pairs} pairs of browsers, each with a fresh profile; the whole run took ${fmt(run.minutes)} minutes.

${lines.join('\n')}

${NOTES}`;
  console.log(text);
  writeFileSync(file, text);
  console.log(`written to ${file}`);
  return summary(run.rows, run.minutes);
}

function summary(rows: readonly Row[], minutes: number): string {
  const budgeted = rows.filter((r) => r.ok !== null);
  const over = budgeted.filter((r) => !r.ok && !r.failed).length;
  const failed = rows.filter((r) => r.failed).length;
  const unmeasured = rows.filter((r) => r.value.startsWith('not measured')).length;
  const verdict = over + failed > 0 ? 'FAIL' : 'PASS';
  return `bench ${verdict}: ${budgeted.length - over - failed} within budget, ${over} over budget, ${failed} failed, ${unmeasured} not measured; ${fmt(minutes)} min`;
}

/** Whether the run breaks a budget (or could not check one): the bench then exits with 1. */
export const broken = (rows: readonly Row[]): boolean => rows.some((r) => r.ok === false);
