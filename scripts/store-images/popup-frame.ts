// The toolbar popup as a director sees it: over the SAGA page, hanging from the extension's button at the
// top right of the browser, at its real size (360 px wide, at most 600 px high, then it scrolls).
// Headless Chromium has no toolbar to photograph, so the frame is drawn: a plain toolbar, the real page
// screenshot under it and the real popup screenshot on top.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { inPanel, PANEL, tabIdOf, type Launched } from '../../test/e2e/harness/browser';
import { openScreen, RIGHTS_INVALID, SCREENS } from '../demo-shots';
import { SCREENSHOT_SIZE } from './image-list';

const TOOLBAR = 44;
// Chromium's limits for an extension popup.
const POPUP_WIDTH = 360;
const POPUP_MAX_HEIGHT = 600;
const ICON = fileURLToPath(new URL('../../icons/icon-32.png', import.meta.url));

interface Drawing {
  readonly page: string;
  readonly popup: string;
  readonly icon: string;
  readonly address: string;
  readonly toolbar: number;
  readonly popupWidth: number;
  readonly popupHeight: number;
  /** Visible part of the popup's content, 0 to 1: the length of the scroll thumb; 1 draws none. */
  readonly shown: number;
}

// Runs in the browser: only DOM APIs and the values it is given (no closure survives the trip).
function draw(d: Drawing): void {
  const make = (tag: string, className: string, text?: string): HTMLElement => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const style = document.createElement('style');
  style.textContent = `
    * { box-sizing: border-box; }
    body { margin: 0; width: 1280px; height: 800px; overflow: hidden; position: relative; background: #fff;
      font: 14px "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1b1b; }
    .toolbar { height: ${d.toolbar}px; display: flex; align-items: center; gap: 10px; padding: 0 10px;
      background: #f7f7f7; border-bottom: 1px solid #d1d1d1; }
    .nav { width: 28px; text-align: center; font-size: 18px; color: #5f5f5f; }
    .address { flex: 1; height: 30px; display: flex; align-items: center; padding: 0 14px; border-radius: 15px;
      background: #fff; border: 1px solid #d1d1d1; color: #5f5f5f; white-space: nowrap; overflow: hidden; }
    .host { color: #1b1b1b; }
    .button { position: relative; width: 34px; height: 34px; border-radius: 6px; background: #e1e1e1;
      display: flex; align-items: center; justify-content: center; }
    .button img { width: 20px; height: 20px; }
    .badge { position: absolute; right: 1px; bottom: 2px; min-width: 14px; height: 14px; padding: 0 3px; border-radius: 3px;
      background: #ce0500; color: #fff; font: bold 11px/14px "DejaVu Sans", Arial, sans-serif; text-align: center; }
    .more { width: 28px; text-align: center; font-size: 18px; color: #5f5f5f; }
    .page { display: block; width: 1280px; height: ${800 - d.toolbar}px; }
    .popup { position: absolute; top: ${d.toolbar - 4}px; right: 46px; width: ${d.popupWidth + 2}px;
      height: ${d.popupHeight + 2}px; border: 1px solid #bdbdbd; border-radius: 8px; overflow: hidden; background: #fff;
      box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28), 0 1px 4px rgba(0, 0, 0, 0.2); }
    .popup img { display: block; }
    .thumb { position: absolute; top: 4px; right: 3px; width: 5px; border-radius: 3px; background: rgba(0, 0, 0, 0.35); }`;
  document.head.append(style);
  const toolbar = make('div', 'toolbar');
  const address = make('div', 'address');
  const [host = '', ...path] = d.address.split('/');
  address.append(make('span', 'host', host), make('span', 'path', path.length ? `/${path.join('/')}` : ''));
  const button = make('div', 'button');
  const icon = document.createElement('img');
  icon.src = d.icon;
  icon.alt = '';
  button.append(icon, make('span', 'badge', '!'));
  toolbar.append(
    make('span', 'nav', '←'),
    make('span', 'nav', '→'),
    make('span', 'nav', '↻'),
    address,
    button,
    make('span', 'more', '⋯'),
  );
  const page = document.createElement('img');
  page.className = 'page';
  page.src = d.page;
  const popup = make('div', 'popup');
  const shot = document.createElement('img');
  shot.src = d.popup;
  popup.append(shot);
  if (d.shown < 1) {
    const thumb = make('div', 'thumb');
    thumb.style.height = `${Math.round((d.popupHeight - 8) * d.shown)}px`;
    popup.append(thumb);
  }
  document.body.append(toolbar, page, popup);
}

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
}

/** The 1280 x 800 PNG of the SAGA "aucun droit valide" page with the toolbar popup open over it. */
export async function framedPopup(launched: Launched): Promise<Buffer> {
  const screen = SCREENS.find((s) => s.url === RIGHTS_INVALID);
  if (!screen) throw new Error('no rights-invalid screen in scripts/demo-shots.ts');
  const site = await openScreen(launched, screen);
  await site.setViewportSize({ width: SCREENSHOT_SIZE.width, height: SCREENSHOT_SIZE.height - TOOLBAR });
  // The director closed the panel and opened the popup: the popup alone tells the story, the badge stays.
  await site.locator(inPanel('[data-action="dismiss"]')).click();
  await site.locator(PANEL).waitFor({ state: 'hidden' });
  const pageShot = await site.screenshot({ animations: 'disabled' });
  // The popup explains this tab's problem: the tab stays open while the popup asks.
  const tabId = await tabIdOf(launched, site);

  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('#tab-heading').waitFor();
  const full = await popup.evaluate(() => document.documentElement.scrollHeight);
  const popupHeight = Math.min(full, POPUP_MAX_HEIGHT);
  // The frame draws a thin overlay thumb instead, as Edge does: a classic scrollbar would steal 15 px.
  await popup.addStyleTag({ content: 'html::-webkit-scrollbar { display: none; }' });
  await popup.setViewportSize({ width: POPUP_WIDTH, height: popupHeight });
  const popupShot = await popup.screenshot({ animations: 'disabled' });
  await popup.close();

  const frame = await launched.context.newPage();
  await frame.setViewportSize(SCREENSHOT_SIZE);
  const address = RIGHTS_INVALID.replace(/^https:\/\//, '');
  const drawing: Drawing = {
    page: dataUrl(pageShot),
    popup: dataUrl(popupShot),
    icon: dataUrl(readFileSync(ICON)),
    address,
    toolbar: TOOLBAR,
    popupWidth: POPUP_WIDTH,
    popupHeight,
    shown: popupHeight / full,
  };
  await frame.evaluate(draw, drawing);
  await loaded(frame);
  const png = await frame.screenshot({ animations: 'disabled' });
  await frame.close();
  await site.close();
  return png;
}
