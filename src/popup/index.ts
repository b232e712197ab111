import browser, { type Tabs } from 'webextension-polyfill';
import { pageConfig } from '../lib/page-config';
import { typedSend } from '../lib/send';
import { typedTabSend } from '../lib/tab-send';
import { renderPopup } from './popup-view';

const send = typedSend(browser.runtime);

// popup.html?tab=ID shows one given tab: how the end-to-end tests (and a support person) open it in a tab.
async function targetTab(): Promise<Tabs.Tab | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) return browser.tabs.get(given).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return active;
}

async function main(): Promise<void> {
  const { settings, t } = await pageConfig(browser);
  const tab = await targetTab();
  // No answer, a wrong one or none delivered: the popup says it could not read the tab.
  const view =
    tab?.id === undefined ? null : ((await send({ type: 'tab-state', tabId: tab.id }).catch(() => null)) ?? null);
  const helpUrl = browser.runtime.getURL('help.html');
  renderPopup(document, {
    tabId: tab?.id,
    tabUrl: tab?.url,
    view,
    t,
    send,
    tabSend: typedTabSend(browser.tabs),
    helpUrl,
    hotlineUrl: settings.hotlineUrl,
  });
}

void main();
