import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/security.md is the list of promises, each with its test: a promise whose test file or test is
// gone fails here, so the list cannot quietly turn into wishes.
const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${root}docs/security.md`, 'utf8');
const rows = [...doc.matchAll(/^\| (.+) \| `(test\/[^`]+)` › (.+) \|$/gm)].map((m) => ({
  promise: m[1]!,
  file: m[2]!,
  test: m[3]!,
}));

describe('docs/security.md', () => {
  it('lists promises, each with a test', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(rows)('$file › $test', ({ file, test }) => {
    expect(existsSync(`${root}${file}`), file).toBe(true);
    expect(readFileSync(`${root}${file}`, 'utf8'), `${file} has no test named like "${test}"`).toContain(test);
  });
});
