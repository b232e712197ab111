import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The test command builds before testing, so dist/ and dist-firefox/ are this commit's builds.
const content = fileURLToPath(new URL('../../dist/content.js', import.meta.url));
const firefoxContent = fileURLToPath(new URL('../../dist-firefox/content.js', import.meta.url));

describe('content script budget', () => {
  it('is built', () => {
    expect(existsSync(content), 'run npm run build first').toBe(true);
  });

  it('is under 20 KB minified (20,000 bytes)', () => {
    expect(statSync(content).size).toBeLessThan(20_000);
  });

  it("holds in Firefox's build too (esbuild target firefox140)", () => {
    expect(existsSync(firefoxContent), 'run npm run build first').toBe(true);
    expect(statSync(firefoxContent).size).toBeLessThan(20_000);
  });
});
