// `npm run demo`: the guide's screens, served from test/fixtures/ under their real host names, in
// Chromium with the built extension, so anyone can see SAGA Helper at work without a SAGA account.
// With a display it opens a browser to click around in; without one it writes screenshots.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actAsEdge, launch, type Launched } from '../test/e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../test/e2e/harness/chromium';
import { startSites, type Sites } from '../test/e2e/harness/sites';
import { RIGHTS_INVALID, takeScreenshots } from './demo-shots';
import { acceptKeptNames } from './kept-names';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Expectation {
  readonly fixture: string;
  readonly note: string;
}

/** `--out DIR` (or `--out=DIR`), else demo-screenshots/ at the repo root; null for `--out` alone. */
function outDir(args: readonly string[]): string | null {
  const at = args.indexOf('--out');
  const given = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  if (given === '' || (at >= 0 && !given)) return null;
  return given ? resolve(given) : resolve(ROOT, 'demo-screenshots');
}

/** A path as short as it can be said: relative under the current folder, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Every fixture page once, with what it shows, from the list the rule tests use. */
function fixtureUrls(): string[] {
  const list = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/expectations.json'), 'utf8')) as Expectation[];
  const seen = new Map<string, string>();
  for (const e of list) if (!seen.has(e.fixture)) seen.set(e.fixture, e.note);
  return [...seen].map(([fixture, note]) => `  https://${fixture}\n      ${note}`);
}

/**
 * Gives launch()'s browser profile a folder that goes on any exit: on Ctrl+C Playwright closes the
 * browser and ends the process itself, before launch()'s close() could remove the profile.
 */
function tmpRemovedOnExit(): void {
  const dir = mkdtempSync(join(tmpdir(), 'saga-helper-demo-'));
  process.env.TMPDIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}

async function headed(launched: Launched): Promise<void> {
  // Directors use Edge: every tab is dressed as Edge, or each panel would add the "use Edge" advice.
  launched.context.on('page', (page) => void actAsEdge(page).catch(() => undefined));
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  await actAsEdge(page);
  await page.goto(RIGHTS_INVALID);
  console.log(`SAGA Helper demo: Chromium is open on ${RIGHTS_INVALID}.`);
  console.log('Every host name goes to the local fixture server; pages to try:\n');
  console.log(fixtureUrls().join('\n'));
  console.log('\nCtrl+C (or closing the browser) ends the demo.');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    launched.context.once('close', () => done());
  });
}

async function main(): Promise<number> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`No Chromium found: ${INSTALL_HINT}`);
    return 1;
  }
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const out = display ? '' : outDir(process.argv.slice(2));
  if (out === null) {
    console.error('usage: npm run demo -- [--out DIR]');
    return 2;
  }
  const started = Date.now();
  let sites: Sites | undefined;
  let launched: Launched | undefined;
  try {
    sites = await startSites();
    tmpRemovedOnExit();
    launched = await launch({
      executablePath,
      port: sites.port,
      // --test-type: no bar warning about --host-resolver-rules across every page.
      ...(display ? { headless: false, extraArgs: ['--test-type'] } : {}),
    });
    await acceptKeptNames(launched.context);
    if (display) {
      await headed(launched);
      return 0;
    }
    const files = await takeScreenshots(launched, out);
    console.log(`${files.length} screenshots in ${shown(out)}/ (${((Date.now() - started) / 1000).toFixed(1)} s):`);
    for (const file of files) console.log(`  ${shown(file)}`);
    return 0;
  } finally {
    await launched?.close();
    await sites?.close();
  }
}

process.exitCode = await main();
