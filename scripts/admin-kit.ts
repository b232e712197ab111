// The admin kit for IT departments (docs/admin/), generated from src/managed-schema.json so that the
// ADMX, .reg, profiles and the page for IT can never drift from the keys the extension reads.
//   npm run admin-kit                                   writes docs/admin/ (Edge, Chrome, Firefox; placeholder ids)
//   npm run admin-kit -- --check                        writes nothing; exits 1 naming stale files
//   npm run admin-kit -- --browser edge|chrome|firefox|both|all --out <dir>     (both: Edge and Chrome)
//   npm run admin-kit -- --id <id> [--update-url <url>] [--browser edge|chrome|both] --out <dir>
// --id is a Chromium id: with it the default is both; Firefox's add-on id is fixed (src/lib/firefox-id.ts).
// Exit code 2: called wrongly, nothing written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KIT_BROWSER_IDS, parseBrowsers } from './admin-kit/browsers';
import { KIT_DIR, listFiles, loadInputs, renderAdminKit, staleFiles, toBuffer, type KitOptions } from './admin-kit/kit';

const USAGE =
  'usage: npm run admin-kit -- [--check] [--id ID [--update-url URL]] [--browser edge|chrome|firefox|both|all] [--out DIR]';
// npm moves to the project root; a relative --out is meant from where npm was started.
const here = process.env.INIT_CWD ?? process.cwd();

function options(argv: string[]): KitOptions & { check: boolean; dir: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean' },
      id: { type: 'string' },
      'update-url': { type: 'string' },
      browser: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const browsers = parseBrowsers(values.browser ?? (values.id === undefined ? 'all' : 'both'));
  if (!browsers) throw new Error(`--browser ${values.browser}: edge, chrome, firefox, both or all`);
  const custom = values.id !== undefined || browsers.length !== KIT_BROWSER_IDS.length;
  // docs/admin/ holds the placeholder kit for every browser, which the tests compare against.
  if (custom && !values.out)
    throw new Error('--id and --browser need --out <dir> (docs/admin/ keeps the placeholder kit for every browser)');
  return {
    check: values.check ?? false,
    dir: values.out ? resolve(here, values.out) : KIT_DIR,
    browsers,
    id: values.id,
    updateUrl: values['update-url'],
  };
}

function main(argv: string[]): number {
  const opts = options(argv);
  const kit = renderAdminKit(loadInputs(), opts);
  const shown = relative(here, opts.dir) || '.';
  if (opts.check) {
    const stale = staleFiles(kit, opts.dir);
    if (stale.length) {
      console.error(`Stale admin kit in ${shown}: ${stale.join(', ')}; run npm run admin-kit`);
      return 1;
    }
    console.log(`admin kit up to date (${shown})`);
    return 0;
  }
  for (const [path, content] of kit) {
    const bytes = toBuffer(content);
    mkdirSync(dirname(join(opts.dir, path)), { recursive: true });
    writeFileSync(join(opts.dir, path), bytes);
    console.log(`wrote ${join(shown, path)} (${bytes.length} bytes)`);
  }
  const extra = listFiles(opts.dir).filter((p) => !kit.has(p));
  if (extra.length) console.warn(`not generated, delete by hand if obsolete: ${extra.join(', ')}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`admin-kit: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exitCode = 2;
}
