import browser from 'webextension-polyfill';
import type { Translate } from '../content/i18n';
import type { MessageRequest } from '../lib/messages';
import { asTabView, renderPopup } from './popup-view';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);
const send = (req: MessageRequest): Promise<unknown> => browser.runtime.sendMessage(req);

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const view = tab?.id === undefined ? null : asTabView(await send({ type: 'tab-state', tabId: tab.id }).catch(() => null));
  renderPopup(document, { tabId: tab?.id, tabUrl: tab?.url, view, t, send, helpUrl: browser.runtime.getURL('help.html') });
}

void main();
