import { siteOf } from '../core/sites';
import type { MessageType } from '../lib/messages';
import type { MessageSender, WorkerApi } from './api';

/**
 * Who sent a message: this extension's content script in a page of a served site ('content'), the same
 * in a frame whose top-level page is another site ('framed': a site framing SAGA or PLAGE), or one of
 * the extension's own pages ('page').
 */
export type SenderKind = 'content' | 'framed' | 'page';

// Which senders may ask for what. Nothing on a web page can reach the worker (no
// externally_connectable), and a content script may act only on its own tab. A framed one is told to
// show nothing, and its tab is not the director's SAGA or PLAGE: it asks for nothing else.
const ALLOWED: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  report: ['content', 'framed'],
  'clean-reload': ['content', 'page'],
  'return-to-saga': ['content'],
  'tab-state': ['page'],
  // Only a panel that shows: never a framed one, which shows nothing.
  'panel-state': ['content'],
  // The extension's own pages only: the popup writes the report at the director's click, and the options
  // page tries a rule. No content script may get the mail's recipients or put a rule in a tab.
  'unknown-report': ['page'],
  'trial-rule': ['page'],
};

/** An https page of one of the three served sites (src/core/sites.ts). */
export function isServedPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && siteOf(parsed.hostname) !== null;
  } catch {
    return false;
  }
}

/** The frame a content script runs in: 0 is the tab's top-level page (Chromium sets it with `tab`). */
export const frameOf = (sender: MessageSender): number => sender.frameId ?? 0;

/** The tab's top-level page as the browser tells it; the frame's own address when it is the top frame. */
const topPageOf = (sender: MessageSender): string | undefined =>
  sender.tab?.url ?? (frameOf(sender) === 0 ? sender.url : undefined);

export function senderKind(sender: MessageSender, api: WorkerApi): SenderKind | null {
  if (sender.id !== api.runtime.id || !sender.url) return null;
  if (sender.url.startsWith(api.runtime.getURL(''))) return 'page';
  if (sender.tab?.id === undefined || !isServedPage(sender.url)) return null;
  return isServedPage(topPageOf(sender)) ? 'content' : 'framed';
}

export function mayAsk(kind: SenderKind, type: MessageType): boolean {
  return ALLOWED[type].includes(kind);
}
