// `npm run lint:firefox`: Mozilla's linter (addons-linter, through web-ext lint: what addons.mozilla.org
// runs on an upload, signing included) on dist-firefox/. It fails on any error, and on any warning that is
// not one of the reviewed ones below, each with its reason; a reviewed warning that no longer shows fails
// too, so that the list stays exact. Called through web-ext's Node API rather than its command line: the
// command line starts an update check against the npm registry, and the tests make no network request.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintMessage } from 'web-ext';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A warning that is known and accepted: its code, the file it is about, and why it stays. */
export interface ReviewedWarning {
  readonly code: string;
  readonly file: string;
  readonly why: string;
}

export const REVIEWED_WARNINGS: readonly ReviewedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'content.js',
    why:
      'import() of the panel module at runtime.getURL("panel.js"): a file of the add-on itself, loaded only ' +
      'when a panel must show, so that the script on every page stays small (README, "Layers")',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: 'manifest.json',
    why:
      'data_collection_permissions needs Firefox for Android 142; SAGA Helper is not for Android, and the ' +
      'gecko_android key that would silence this would offer it there (scripts/firefox-manifest.ts)',
  },
];

const sameWarning = (a: { code: string; file?: string | undefined }, b: ReviewedWarning): boolean =>
  a.code === b.code && a.file === b.file;

const where = (m: LintMessage): string => `${m.file ?? '?'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;

/** What is wrong in a lint result, one line each; empty when it passes. */
export function lintProblems(result: {
  readonly errors: readonly LintMessage[];
  readonly warnings: readonly LintMessage[];
}): string[] {
  const problems = result.errors.map((e) => `error ${e.code} (${where(e)}): ${e.message}`);
  for (const w of result.warnings) {
    if (!REVIEWED_WARNINGS.some((r) => sameWarning(w, r)))
      problems.push(`warning ${w.code} (${where(w)}): ${w.message}; fix it, or review it in scripts/lint-firefox.ts`);
  }
  for (const r of REVIEWED_WARNINGS) {
    if (!result.warnings.some((w) => sameWarning(w, r)))
      problems.push(`reviewed warning ${r.code} (${r.file}) no longer shows: remove it from scripts/lint-firefox.ts`);
  }
  return problems;
}

async function main(): Promise<number> {
  const sourceDir = join(ROOT, 'dist-firefox');
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`lint:firefox: no ${sourceDir}/manifest.json: build first (npm run build)`);
    return 1;
  }
  // Imported here, so that the tests of lintProblems do not load web-ext. It prints its own table; the
  // verdict is ours.
  const { cmd } = await import('web-ext');
  const result = await cmd.lint({ sourceDir, output: 'text', boring: true }, { shouldExitProgram: false });
  const problems = lintProblems(result);
  if (problems.length) {
    console.error(`lint:firefox: ${problems.length} problem(s) in dist-firefox/:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log(`lint:firefox: no error; ${result.warnings.length} reviewed warning(s):`);
  for (const r of REVIEWED_WARNINGS) console.log(`  ${r.code} (${r.file}): ${r.why}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
