/// <reference types="chrome" />
// The clean reload in Chromium removes SAGA's partitioned (CHIPS) cookies, which cookies.getAll leaves
// out unless asked for every partition, and keeps every other *.sante.fr cookie, partitioned or not.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { actAsEdge, inPanel, waitForRules } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { useBrowser } from './harness/setup';

const chromium = browserOrSkip();
const SAGA_RIGHTS = 'https://saga.cng.sante.fr/rights-invalid.html';
const FRAMING = 'https://framing.example/';

// A cookie a page sets for itself in its own partition: CHIPS, the only third-party cookies left.
const setPartitioned = (where: Page | Frame, name: string): Promise<void> =>
  where.evaluate((n) => {
    document.cookie = `${n}=1; Path=/; Secure; SameSite=None; Partitioned`;
  }, name);

describe.skipIf(chromium.skip)('in Chromium: the clean reload and partitioned cookies', () => {
  // The framing page is answered by the test itself, so Chromium counts it as a public address, and its
  // Local Network Access checks would stop its frame of SAGA (served from 127.0.0.1). The last
  // --disable-features wins: the harness's own list, and these checks.
  const env = useBrowser(chromium.path, {
    extraArgs: [
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,LocalNetworkAccessChecks',
    ],
  });

  // Every cookie of the browser, partitioned ones with the top-level site of their partition.
  const jar = async (): Promise<string[]> =>
    (await env.browser.context.cookies())
      .map((c) => `${c.name}@${c.domain}${c.partitionKey ? `@${c.partitionKey}` : ''}`)
      .sort();

  it("removes SAGA's partitioned cookies in every partition, and keeps the bystander's", async () => {
    const page = await env.browser.context.newPage();
    await actAsEdge(page);
    // Another site framing SAGA: what SAGA sets there lives in that site's partition.
    await page.route(`${FRAMING}**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<iframe src="https://saga.cng.sante.fr/home.html"></iframe>',
      }),
    );
    await page.goto(FRAMING);
    const sagaFrame = (): Frame | undefined => page.frames().find((f) => f.url().startsWith('https://saga.'));
    await expect.poll(() => sagaFrame() !== undefined).toBe(true);
    const framed = sagaFrame() as Frame;
    await framed.waitForLoadState();
    await setPartitioned(framed, 'SAGA_FRAMED');
    await page.goto('https://www.sante.fr/index.html');
    await setPartitioned(page, 'BYSTANDER_CHIPS');
    await page.goto(SAGA_RIGHTS);
    await waitForRules(page, ['saga-rights-invalid']);
    await setPartitioned(page, 'SAGA_CHIPS');
    const before = await jar();
    for (const name of ['SAGA_FRAMED', 'SAGA_CHIPS', 'BYSTANDER_CHIPS', 'SAGA_SESSION', 'SANTE_SHARED'])
      expect(
        before.some((c) => c.startsWith(`${name}@`)),
        `${name} in ${before.join(', ')}`,
      ).toBe(true);
    expect(before.find((c) => c.startsWith('SAGA_FRAMED@'))).toContain('framing.example');

    const mark = env.sites.mark();
    const button = page.locator(inPanel('button[data-action="clean-reload"]'));
    await Promise.all([page.waitForEvent('load'), button.click()]);
    const after = await jar();
    // SAGA_SESSION is back: the reloaded page sets it again. Its partitioned cookies are not.
    expect(after.filter((c) => /^SAGA_(CHIPS|FRAMED)@/.test(c))).toEqual([]);
    for (const name of ['BYSTANDER_CHIPS', 'BYSTANDER', 'SANTE_SHARED'])
      expect(
        after.some((c) => c.startsWith(`${name}@`)),
        `${name} in ${after.join(', ')}`,
      ).toBe(true);
    const [reload] = env.sites.requests('saga.cng.sante.fr', mark);
    expect(reload?.cookie ?? '').not.toMatch(/SAGA_CHIPS|SAGA_FRAMED|SAGA_SESSION/);
    await page.close();
  });
});
