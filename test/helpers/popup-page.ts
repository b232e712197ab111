// The toolbar popup rendered in jsdom over a fake runtime: the worker's answers go through the popup's
// own typed sender, so they are checked as in the extension.
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import type { MessageRequest, TabView } from '../../src/lib/messages';
import { typedSend } from '../../src/lib/send';
import { renderPopup, type PopupInput } from '../../src/popup/popup-view';
import { getMessageFrom, loadMessages } from './messages';
import { plain } from './text';

export const fr = getMessageFrom(loadMessages('fr'));
export const en = getMessageFrom(loadMessages('en'));
export const HELP = 'chrome-extension://abcdefghijklmnop/help.html';
export const MAIL = {
  href: 'mailto:cng-saga@sante.gouv.fr?subject=SAGA%20Directeurs&body=Bonjour',
  report: 'Rapport SAGA Helper\nPage : https://saga.cng.sante.fr/',
};

/** A tab state in which the worker offers the clean reload (its top page shows a rule that has it). */
export const OFFERED: Partial<TabView> = { rules: ['saga-rights-invalid'], guidance: { actions: ['clean-reload'] } };

export function tabView(over: Partial<TabView> = {}): TabView {
  return { site: 'saga', rules: [], guidance: { actions: [] }, ...over };
}

export interface Shown {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly send: ReturnType<typeof vi.fn<(req: MessageRequest) => Promise<unknown>>>;
  text(selector: string): string;
}

export function popup(
  input: Partial<PopupInput> & Pick<PopupInput, 'view'>,
  answer?: (req: MessageRequest) => Promise<unknown>,
): Shown {
  const dom = new JSDOM('<main></main>');
  const doc = dom.window.document;
  const send = vi.fn<(req: MessageRequest) => Promise<unknown>>(answer ?? (async () => undefined));
  // The popup's own sender over a fake runtime: the worker's answers are checked as in the extension.
  renderPopup(doc, { tabId: 12, t: fr, send: typedSend({ sendMessage: send }), helpUrl: HELP, ...input });
  return { dom, doc, send, text: (selector) => plain(doc.querySelector(selector)?.textContent) };
}

export const click = (doc: Document, selector: string): void => (doc.querySelector(selector) as HTMLElement).click();
