import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/ui/palette';

// The extension's own pages, checked the same way: what their HTML declares, that no source file
// builds HTML from strings (the views show text from the worker and from pages), and that their
// stylesheets draw only with the palette whose contrast palette.test.ts checks.
const SRC = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

const PAGES = [
  { page: 'popup', sheets: ['pages.css'] },
  { page: 'options', sheets: ['pages.css', 'options.css'] },
  { page: 'help', sheets: ['pages.css'] },
] as const;

const SOURCE_DIRS = ['popup', 'options', 'help', 'ui', 'content/panel'];
// The panel's own stylesheet is checked with the palette itself (palette.test.ts).
const STYLESHEETS = ['ui/pages.css', 'options/options.css'];
// Custom properties a stylesheet sets for itself (per element), not colours of the palette.
const OWN_PROPERTIES = new Set(['kind']);

describe.each(PAGES)('$page.html', ({ page, sheets }) => {
  const html = readFileSync(SRC(`${page}/${page}.html`), 'utf8');
  const doc = new JSDOM(html).window.document;

  it('declares its charset and has one <main> (the language is set from the messages)', () => {
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
  });

  it(`loads ${sheets.join(' and ')}, then ${page}.js, and has no inline script or handler`, () => {
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual(sheets);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => [s.getAttribute('src'), s.textContent?.trim()])).toEqual([[`${page}.js`, '']]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe.each(SOURCE_DIRS)('src/%s', (dir) => {
  const files = readdirSync(SRC(dir)).filter((f) => f.endsWith('.ts'));

  it('never builds HTML from strings', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const code = readFileSync(SRC(`${dir}/${file}`), 'utf8');
      expect(code, file).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML\s*=|document\.write|DOMParser/);
    }
  });
});

describe.each(STYLESHEETS)('src/%s', (sheet) => {
  const css = readFileSync(SRC(sheet), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

  it('draws only with palette colours, and shows keyboard focus', () => {
    const used = new Set([...css.matchAll(/var\(\s*--([A-Za-z0-9_-]+)/g)].map((m) => m[1] as string));
    expect([...used].filter((name) => !(name in PALETTE) && !OWN_PROPERTIES.has(name))).toEqual([]);
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i);
    expect(css).toMatch(/:focus-visible[^{]*\{[^}]*outline:\s*3px solid var\(--focus\)/);
  });
});
