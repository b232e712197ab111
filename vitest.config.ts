import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const PREFIX = '\0css-raw:';

// `import css from './x.css?raw'` as text, as scripts/build.ts does for the extension (there minified).
const cssRaw: Plugin = {
  name: 'css-raw',
  enforce: 'pre',
  resolveId(id, importer) {
    if (!id.endsWith('.css?raw') || !importer) return null;
    // The virtual id must not end in .css, or Vite's CSS handling takes it over.
    return `${PREFIX}${resolve(dirname(importer), id.slice(0, -'?raw'.length))}.js`;
  },
  load(id) {
    if (!id.startsWith(PREFIX)) return null;
    return `export default ${JSON.stringify(readFileSync(id.slice(PREFIX.length, -'.js'.length), 'utf8'))};`;
  },
};

export default defineConfig({
  plugins: [cssRaw],
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/*.test.ts', 'test/unit/**/*.test.ts'], testTimeout: 15_000 },
      },
      {
        extends: true,
        // One real Chromium at a time: the machines have two cores.
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
