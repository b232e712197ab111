import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The test command builds before testing, so dist/ is this commit's build.
const content = fileURLToPath(new URL('../../dist/content.js', import.meta.url));

describe('content script budget', () => {
  it('is built', () => {
    expect(existsSync(content), 'run npm run build first').toBe(true);
  });

  it('is under 20 KB minified (20,000 bytes)', () => {
    expect(statSync(content).size).toBeLessThan(20_000);
  });
});
