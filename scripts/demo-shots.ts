// The headless half of `npm run demo`: one screenshot per screen of the guide, panel included.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { actAsEdge, inPanel, PANEL, tabIdOf, type Launched } from '../test/e2e/harness/browser';

export interface Screen {
  /** NN-host-screen, the file name without .png. */
  readonly name: string;
  readonly url: string;
  /** The panel's rules to wait for. */
  readonly rules: readonly string[];
  /** Chromium as it is, not dressed as Edge: the one screen that shows the "use Edge" advice. */
  readonly asChromium?: boolean;
  /** Something the panel shows only after a round trip to the worker. */
  readonly waitFor?: string;
}

const SAGA = 'https://saga.cng.sante.fr';
const PLAGE = 'https://connect-pasrel.atih.sante.fr';
const HOTLINE = 'https://assistance.atih.sante.fr';
export const RIGHTS_INVALID = `${SAGA}/rights-invalid.html`;

export const SCREENS: readonly Screen[] = [
  { name: '01-saga-first-login', url: `${SAGA}/first-login.html`, rules: ['saga-first-login'] },
  { name: '02-saga-account-choice', url: `${SAGA}/account-choice.html`, rules: ['saga-account-choice'] },
  { name: '03-saga-rights-invalid', url: RIGHTS_INVALID, rules: ['saga-rights-invalid'] },
  {
    name: '04-saga-pairing-failed',
    url: `${SAGA}/pairing-failed.html`,
    rules: ['saga-pairing-failed'],
    waitFor: inPanel('a[data-action="mail-admin"]'),
  },
  { name: '05-plage-profiles-missing', url: `${PLAGE}/profiles-missing.html`, rules: ['plage-profile-missing'] },
  { name: '06-plage-profiles-active', url: `${PLAGE}/profiles-active.html`, rules: ['plage-profile-active'] },
  { name: '07-hotline-portal', url: `${HOTLINE}/portal.html`, rules: ['hotline-portal'] },
  {
    name: '08-hotline-plage-support',
    url: `${HOTLINE}/plage-support.html`,
    rules: ['hotline-plage', 'browser-not-recommended'],
    asChromium: true,
  },
];

const PAGE_SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 380, height: 600 };

async function shoot(page: Page, dir: string, name: string, whole = false): Promise<string> {
  const path = join(dir, `${name}.png`);
  // The panel slides in: finish its animation rather than catch it half-way.
  if (whole) await page.locator('body').screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/** A new tab on the screen's page, 1280 x 800, once its panel shows the screen's rules (also for npm run store-images). */
export async function openScreen(launched: Launched, screen: Screen): Promise<Page> {
  const page = await launched.context.newPage();
  await page.setViewportSize(PAGE_SIZE);
  if (!screen.asChromium) await actAsEdge(page);
  await page.goto(screen.url);
  const wanted = screen.rules.join(' ');
  await page.waitForFunction(
    ([panel, rules]) => document.querySelector(panel)?.getAttribute('data-rules') === rules,
    [PANEL, wanted] as const,
    {
      timeout: 10_000,
    },
  );
  if (screen.waitFor) await page.locator(screen.waitFor).first().waitFor({ timeout: 10_000 });
  return page;
}

/** Takes every screenshot into `dir`; returns the files written, in order. */
export async function takeScreenshots(launched: Launched, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const base = `chrome-extension://${launched.extensionId}`;
  let rightsTab: number | undefined;
  for (const screen of SCREENS) {
    const page = await openScreen(launched, screen);
    files.push(await shoot(page, dir, screen.name));
    // The popup explains this tab's problem, so the tab must still be open when the popup asks.
    if (screen.url === RIGHTS_INVALID) rightsTab = await tabIdOf(launched, page);
    else await page.close();
  }
  if (rightsTab === undefined) throw new Error('no rights-invalid tab for the popup');

  const popup = await launched.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`${base}/popup.html?tab=${rightsTab}`);
  await popup.locator('#tab-heading').waitFor();
  // The whole popup, not its first 600 px: Chromium sizes the real one to its 360 px body and scrolls it.
  files.push(await shoot(popup, dir, '09-extension-popup', true));
  await popup.close();

  const help = await launched.context.newPage();
  await help.setViewportSize(PAGE_SIZE);
  await help.goto(`${base}/help.html`);
  await help.locator('main h1').waitFor();
  files.push(await shoot(help, dir, '10-extension-help'));
  await help.close();
  return files;
}
