// Builds dist/: the unpacked extension, loadable as is in Edge and Chrome ("Load unpacked"); and
// dist-firefox/: the same sources for Firefox (ESR 140 and later), as a temporary add-on or zipped to an XPI.
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FIREFOX_TARGET, firefoxManifest } from './firefox-manifest';
import { checkVersion } from './package/release-files';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

/** Which browsers a build is for: Chromium's (Edge, Chrome) or Firefox's. */
export type Browser = 'chromium' | 'firefox';

/** Where `npm run build` writes each build. */
export const OUTDIRS: Readonly<Record<Browser, string>> = { chromium: dist, firefox: `${root}dist-firefox/` };

// The oldest browsers each build runs in: the syntax esbuild may emit for them.
const TARGETS: Readonly<Record<Browser, string[]>> = {
  chromium: ['chrome111', 'edge111'],
  firefox: [FIREFOX_TARGET],
};

/** Classic-script entry points: output file name → source. */
export const ENTRIES: Readonly<Record<string, string>> = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.ts',
  help: 'src/help/index.ts',
  options: 'src/options/index.ts',
};

/** ES modules, imported at run time: the panel, only on pages that show one. */
export const MODULES: Readonly<Record<string, string>> = {
  panel: 'src/content/panel/index.ts',
};

// The extension pages' HTML and CSS, copied as they are.
const STATIC = ['src/ui', 'src/popup', 'src/help', 'src/options'];

// `import css from './x.css?raw'` gives the stylesheet as minified text, as Vite does in the tests.
const cssText: Plugin = {
  name: 'css-raw',
  setup(b) {
    b.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
      path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'css-raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'css-raw' }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

/** Builds for a browser into outdir (a folder path ending with '/'), emptied first; returns it. */
export async function buildExtension({
  browser = 'chromium',
  outdir = OUTDIRS[browser],
}: { browser?: Browser; outdir?: string } = {}): Promise<string> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const common: BuildOptions = {
    outdir,
    bundle: true,
    minify: true,
    target: TARGETS[browser],
    legalComments: 'none',
    // Chromium requires content scripts in UTF-8 anyway; \u escapes of French letters only cost bytes.
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [cssText],
  };
  const entries = (map: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(Object.entries(map).map(([name, src]) => [name, `${root}${src}`]));
  await build({ ...common, entryPoints: entries(ENTRIES), format: 'iife' });
  await build({ ...common, entryPoints: entries(MODULES), format: 'esm' });
  for (const dir of STATIC) {
    for (const file of await readdir(`${root}${dir}`)) {
      if (/\.(html|css)$/.test(file)) await cp(`${root}${dir}/${file}`, `${outdir}${file}`);
    }
  }
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { version?: unknown };
  const manifest = JSON.parse(await readFile(`${root}manifest.json`, 'utf8')) as Record<string, unknown>;
  // One version number, package.json's, so the store, the CRX and the mail report agree.
  manifest.version = checkVersion(pkg.version);
  const written = browser === 'firefox' ? firefoxManifest(manifest) : manifest;
  await writeFile(`${outdir}manifest.json`, `${JSON.stringify(written, null, 2)}\n`);
  await cp(`${root}src/_locales`, `${outdir}_locales`, { recursive: true });
  // Named by Chromium's storage.managed_schema only: Firefox's manifest has no such key (firefox-manifest.ts).
  if (browser === 'chromium') await cp(`${root}src/managed-schema.json`, `${outdir}managed-schema.json`);
  await mkdir(`${outdir}icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) await cp(`${root}icons/icon-${size}.png`, `${outdir}icons/icon-${size}.png`);
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // One after the other: the machines that build have two cores, and each build is under a second.
  for (const browser of ['chromium', 'firefox'] as const) console.log(`built ${await buildExtension({ browser })}`);
}
