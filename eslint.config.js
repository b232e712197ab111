// The layers of src/ (README "Layers"), enforced: each folder imports only from the folders below it,
// the contexts never import each other, and no import circle exists, type-only imports included.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import local from './eslint.rules.js';

const CONTEXTS = ['content', 'background', 'popup', 'options', 'help'];

/** A zone: files under `target` may import from src/ only the folders listed in `allowed`. */
const layer = (target, allowed) => ({
  target: `./src/${target}`,
  from: './src',
  except: allowed.map((dir) => `./${dir}`),
  message: `src/${target}/ may import only from ${allowed.map((d) => `${d}/`).join(', ')} (README, "Layers").`,
});

const ZONES = [
  layer('core', ['core']),
  layer('rules', ['core', 'rules']),
  layer('lib', ['core', 'rules', 'lib', 'managed-schema.json']),
  layer('ui', ['core', 'rules', 'lib', 'ui']),
  // The service worker has no DOM: no ui/ there.
  layer('background', ['core', 'rules', 'lib', 'background']),
  ...CONTEXTS.filter((c) => c !== 'background').map((c) => layer(c, ['core', 'rules', 'lib', 'ui', c])),
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'release/', 'node_modules/', 'coverage/', 'demo-screenshots/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX, local },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      'import-x/extensions': ['.ts', '.mjs', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // import-x/no-cycle skips `import type`; a circle through types still ties two modules together.
      'local/no-import-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'error' },
  },
  {
    // core/ is pure: no extension API, no browser global that a page could also define.
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'core/ and rules/ are pure: take what you need as a parameter.' },
        { name: 'browser', message: 'core/ and rules/ are pure: take what you need as a parameter.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['webextension-polyfill'], message: 'core/ and rules/ are pure.' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/**', '*.config.*', 'eslint.config.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
