import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a store reviewer and a newcomer read beside the listing: the reviewer notes, the licence, the README.
const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string): string => readFileSync(root(path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Expectation {
  fixture: string;
  browser: string;
  rules: string[];
}

const listing = json<{ reviewerNotes: string }>('docs/store/listing.json');

describe('store listing: reviewer notes', () => {
  const notes = read(`docs/store/${listing.reviewerNotes}`);
  const rows = notes.split('\n').filter((line) => line.startsWith('| https://'));
  const fixtures = json<Expectation[]>('test/fixtures/expectations.json');
  const pages = [...new Set(fixtures.map((e) => e.fixture))];

  it('say how to see every screen without an account', () => {
    expect(notes).toContain('npm run demo');
    expect(notes).toContain('--host-resolver-rules');
  });

  it.each(pages)('list https://%s and the panel it shows', (fixture) => {
    const row = rows.find((line) => line.startsWith(`| https://${fixture} |`));
    expect(row, `add https://${fixture} to docs/store/reviewer-notes.md`).toBeDefined();
    // The rules as the demo shows them (dressed as Edge), else the only browser the fixture is listed for.
    const shown =
      fixtures.find((e) => e.fixture === fixture && e.browser === 'edge') ??
      fixtures.find((e) => e.fixture === fixture);
    const cell = row?.split('|')[2] ?? '';
    if (shown?.rules.length) for (const rule of shown.rules) expect(cell).toContain(rule);
    else expect(cell).toMatch(/no panel/);
  });

  it('leave no TODO of npm run new-rule', () => {
    expect(rows.filter((row) => row.includes('TODO'))).toEqual([]);
  });

  it('list no page that is not a fixture', () => {
    const listed = rows.map((line) => /^\| https:\/\/(\S+) \|/.exec(line)?.[1]);
    expect(listed.filter((page) => !page || !pages.includes(page))).toEqual([]);
  });
});

describe('licence and README', () => {
  it('is MIT, as package.json says, for the SAGA Helper contributors', () => {
    const licence = read('LICENSE');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 SAGA Helper contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(json<{ license: string }>('package.json').license).toBe('MIT');
  });

  it('README says how to make the store upload folder, and keeps the newcomer commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm run package -- --store-only');
    expect(readme).toContain('docs/store/README.md');
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toMatch(/```sh\n\s*npm test\n/);
  });
});
