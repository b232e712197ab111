// The admin kit for IT departments (docs/admin/), generated from src/managed-schema.json so that the
// ADMX, .reg, profiles and the page for IT can never drift from the keys the extension reads.
//   node scripts/admin-kit.mjs                      writes docs/admin/ (placeholder ids, committed)
//   node scripts/admin-kit.mjs --check              writes nothing; exits 1 naming stale files
//   node scripts/admin-kit.mjs --id <id> [--update-url <url>] --out <dir>   a kit for one real id
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderExtensionSettings, renderLinuxJson, renderMobileconfig } from './admin-kit/apple-linux.mjs';
import { renderIntune } from './admin-kit/intune.mjs';
import { buildSettings, buildTargets } from './admin-kit/model.mjs';
import { renderReadme } from './admin-kit/readme.mjs';
import { renderForcelistReg, renderPolicyPs1, renderPolicyReg } from './admin-kit/registry.mjs';
import { renderAdml, renderAdmx } from './admin-kit/windows.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KIT_DIR = join(ROOT, 'docs', 'admin');

/** Everything the kit is made from, read from the repository. */
export function loadInputs(root = ROOT) {
  const read = (p) => readFileSync(join(root, p), 'utf8');
  const messages = (lang) => {
    try {
      return JSON.parse(read(`src/_locales/${lang}/messages.json`));
    } catch {
      return {}; // no locale file: the generator's own texts apply
    }
  };
  // One rule per file, named by its id (README "How it works"); index.ts imports each of them.
  const ruleIds = [...read('src/rules/index.ts').matchAll(/from '\.\/([a-z0-9-]+)'/g)].map((m) => m[1]).sort();
  const minVersion = JSON.parse(read('manifest.json')).minimum_chrome_version ?? '111';
  return { schema: JSON.parse(read('src/managed-schema.json')), fr: messages('fr'), en: messages('en'), ruleIds, minVersion };
}

/** Kit path (posix) -> file bytes or text. Pure: same input, same output. */
export function renderAdminKit({ schema, fr, en = {}, id, updateUrl, ruleIds = [], minVersion = '111' }) {
  if (updateUrl && !id) throw new Error('--update-url goes with --id');
  if (updateUrl && !/^https:\/\/[^\s"';]+$/.test(updateUrl)) throw new Error(`--update-url ${updateUrl}: an https address`);
  const settings = buildSettings(schema, fr, en);
  const targets = buildTargets(id, updateUrl);
  const ctx = { id: targets.primary.id, placeholders: targets.placeholders, ruleIds, minVersion };
  return new Map([
    ['.gitattributes', '# Generated files, compared byte for byte: no line-ending conversion.\n* -text\n'],
    ['README.md', renderReadme(settings, targets, ctx)],
    ['intune.md', renderIntune(settings, targets)],
    ['windows/saga-helper.admx', renderAdmx(settings, ctx)],
    ['windows/fr-FR/saga-helper.adml', renderAdml(settings, 'fr', ctx)],
    ['windows/en-US/saga-helper.adml', renderAdml(settings, 'en', ctx)],
    ['windows/saga-helper-policy.reg', renderPolicyReg(settings, ctx)],
    ['windows/saga-helper-policy.ps1', renderPolicyPs1(settings, ctx)],
    ['edge/ExtensionInstallForcelist.reg', renderForcelistReg(targets)],
    ['edge/ExtensionSettings.json', renderExtensionSettings(targets)],
    ['macos/saga-helper.mobileconfig', renderMobileconfig(settings, targets)],
    ['linux/saga-helper.json', renderLinuxJson(settings, targets)],
  ]);
}

const toBuffer = (content) => (Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));

function listFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'));
}

/** Kit paths whose bytes on disk differ from `kit`, are missing, or are not generated at all. */
export function staleFiles(kit, dir) {
  const stale = [];
  for (const [path, content] of kit) {
    let onDisk = null;
    try { onDisk = readFileSync(join(dir, path)); } catch { /* missing counts as stale */ }
    if (!onDisk || !onDisk.equals(toBuffer(content))) stale.push(path);
  }
  for (const path of listFiles(dir)) if (!kit.has(path)) stale.push(`${path} (not generated: delete it)`);
  return stale;
}

function parseArgs(argv) {
  const opts = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') opts.check = true;
    else if (arg === '--id' || arg === '--update-url' || arg === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      opts[{ '--id': 'id', '--update-url': 'updateUrl', '--out': 'out' }[arg]] = value;
    } else throw new Error(`unknown argument ${arg}`);
  }
  // docs/admin/ holds the placeholder kit the tests compare against; a real id goes elsewhere.
  if (opts.id && !opts.out) throw new Error('--id needs --out <dir> (docs/admin/ keeps the placeholder kit)');
  return opts;
}

function main(argv) {
  const opts = parseArgs(argv);
  const dir = opts.out ? join(process.cwd(), opts.out) : KIT_DIR;
  const kit = renderAdminKit({ ...loadInputs(), id: opts.id, updateUrl: opts.updateUrl });
  const shown = relative(process.cwd(), dir) || '.';
  if (opts.check) {
    const stale = staleFiles(kit, dir);
    if (stale.length) {
      console.error(`Stale admin kit in ${shown}: ${stale.join(', ')}; run node scripts/admin-kit.mjs`);
      process.exit(1);
    }
    console.log(`admin kit up to date (${shown})`);
    return;
  }
  for (const [path, content] of kit) {
    const bytes = toBuffer(content);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
    console.log(`wrote ${shown}/${path} (${bytes.length} bytes)`);
  }
  const extra = listFiles(dir).filter((p) => !kit.has(p));
  if (extra.length) console.warn(`not generated, delete by hand if obsolete: ${extra.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`admin-kit: ${err instanceof Error ? err.message : err}`);
    process.exit(2);
  }
}
