import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromKey, readSigningKey } from '../../scripts/package/release-files';
import { scriptCommand } from '../helpers/run-script';
import { inPanel, launch, PANEL, waitForRules, type Launched } from './harness/browser';
import { browserOrSkip } from './harness/chromium';
import { startSites, type Sites } from './harness/sites';
import { POLICY_DIR, policyWritable } from './harness/policy-dir';

const chromium = browserOrSkip();
const POLICY_FILE = join(POLICY_DIR, 'saga-helper-e2e.json');
const UPDATE_HOST = 'update.saga-helper.test';

const denied = chromium.skip ? 'no Chromium' : policyWritable();
if (denied && process.env.CI === 'true') throw new Error(`CI=true but the policy test cannot run: ${denied}`);
if (denied) console.warn(`[policy test skipped] ${denied}`);

function writePolicy(id: string, settings: Record<string, unknown>): void {
  const policy = {
    ExtensionInstallForcelist: [`${id};https://${UPDATE_HOST}/update.xml`],
    '3rdparty': { extensions: { [id]: settings } },
  };
  writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
}

describe.skipIf(denied !== null)('in Chromium: what a hospital IT department does', () => {
  const work = mkdtempSync(join(tmpdir(), 'saga-helper-policy-'));
  let id = '';
  let sites: Sites;
  let browser: Launched;

  beforeAll(async () => {
    const keyFile = join(work, 'key.pem');
    writeFileSync(
      keyFile,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    id = extensionIdFromKey(readSigningKey(readFileSync(keyFile, 'utf8')));
    const [program, args] = scriptCommand('package.ts', [
      '--key',
      keyFile,
      '--base-url',
      `https://${UPDATE_HOST}/`,
      '--out',
      join(work, 'release'),
    ]);
    execFileSync(program, args, { stdio: 'pipe' });
    sites = await startSites({ [UPDATE_HOST]: join(work, 'release') });
    writePolicy(id, {
      adminEmail: 'support-saga@chu-e2e.fr',
      ccEmail: 'dsi@chu-e2e.fr',
      disabledRules: ['browser-not-recommended', 'no-such-rule'],
    });
    browser = await launch({
      executablePath: chromium.path as string,
      port: sites.port,
      load: false,
      // Force-installing fetches update.xml and the CRX: the browser's background networking must run.
      ignoreDefaultArgs: ['--disable-background-networking', '--disable-component-extensions-with-background-pages'],
    });
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
    await sites?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const mailOn = async (page: Page, rules: string[]): Promise<string> => {
    await page.goto('https://saga.cng.sante.fr/pairing-failed.html');
    await waitForRules(page, rules, 15_000);
    const link = page.locator(inPanel('a[data-action="mail-admin"]'));
    await link.waitFor({ timeout: 15_000 });
    return decodeURIComponent((await link.getAttribute('href')) ?? '');
  };

  /** What chrome://extensions-internals says of our extension (an extension installed by policy runs
   * outside what Playwright attaches to, so the browser's own page is asked). */
  const installed = async (): Promise<{ location?: string; version?: string } | undefined> => {
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions-internals');
    const all = JSON.parse(await page.locator('pre').innerText()) as {
      id: string;
      location: string;
      version: string;
    }[];
    await page.close();
    return all.find((e) => e.id === id);
  };

  it('installs the self-hosted package by policy, with no user action, and applies its settings', async () => {
    await expect
      .poll(installed, { timeout: 60_000, interval: 1000 })
      .toMatchObject({ location: 'EXTERNAL_POLICY_DOWNLOAD', version: '0.1.0' });
    expect(sites.requests(UPDATE_HOST).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/update.xml', '/saga-helper-0.1.0.crx']),
    );
    const page = await browser.context.newPage();
    // Not Edge, yet no Edge advice: policy switched it off (and its unknown rule id is ignored alone).
    const mail = await mailOn(page, ['saga-pairing-failed']);
    expect(mail).toMatch(/^mailto:support-saga@chu-e2e\.fr\?cc=dsi@chu-e2e\.fr&subject=/);
    expect(await page.locator(PANEL).getAttribute('data-rules')).toBe('saga-pairing-failed');
    await page.close();
  });

  it('applies a policy change without reinstalling anything', async () => {
    writePolicy(id, { adminEmail: 'autre-support@chu-e2e.fr', showBrowserAdvice: true });
    const policyPage = await browser.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await policyPage.close();
    const page = await browser.context.newPage();
    // The Edge advice is back (this Chromium is not Edge) and the mail goes to the new address.
    const rules = ['saga-pairing-failed', 'browser-not-recommended'];
    await expect
      .poll(async () => mailOn(page, rules).catch(() => ''), { timeout: 40_000 })
      .toMatch(/^mailto:autre-support@chu-e2e\.fr\?subject=/);
    await page.close();
  });
});
