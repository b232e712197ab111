// `node scripts/run-ts.mjs FILE.ts [args…]`: runs a TypeScript script without a TypeScript loader.
// esbuild bundles the project's own modules into one .mjs and leaves node_modules as imports.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const source = resolve(file);
// Under node_modules so that the bundle's bare imports resolve from the repo's own node_modules; one
// file per script, overwritten by each run, so nothing piles up.
const outfile = `${root}node_modules/.cache/saga-helper/${relative(root, source)
  .replace(/[\\/]/g, '-')
  .replace(/\.[cm]?ts$/, '')}.mjs`;

// A bundle lives elsewhere than its modules: each keeps its own import.meta.url, by which the test
// harness finds dist/, the fixtures and the certificates.
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const contents = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href));
      return { contents, loader: /\.[cm]?ts$/.test(path) ? 'ts' : 'js' };
    });
  },
};

try {
  const common = { platform: 'node', format: 'esm', target: 'node20', bundle: true, packages: 'external' };
  await build({ ...common, entryPoints: [source], outfile, sourcemap: 'inline', logLevel: 'error', plugins: [ownUrl] });
} catch {
  console.error(`run-ts: ${file} failed to build (esbuild's errors above)`);
  process.exit(1);
}
// Stack traces then point into the .ts sources, not the bundle.
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], source, ...args];
await import(pathToFileURL(outfile).href);
