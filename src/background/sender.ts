import { siteOf } from '../core/sites';
import type { MessageType } from '../lib/messages';
import type { MessageSender, WorkerApi } from './api';

/** Who sent a message: this extension's content script on a served site, or one of its own pages. */
export type SenderKind = 'content' | 'page';

// Which senders may ask for what. Nothing on a web page can reach the worker (no
// externally_connectable), and a content script may act only on its own tab.
const ALLOWED: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  report: ['content'],
  'clean-reload': ['content', 'page'],
  'return-to-saga': ['content'],
  'tab-state': ['page'],
};

export function senderKind(sender: MessageSender, api: WorkerApi): SenderKind | null {
  if (sender.id !== api.runtime.id || !sender.url) return null;
  if (sender.url.startsWith(api.runtime.getURL(''))) return 'page';
  if (sender.tab?.id === undefined) return null;
  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' && siteOf(url.hostname) ? 'content' : null;
  } catch {
    return null;
  }
}

export function mayAsk(kind: SenderKind, type: MessageType): boolean {
  return ALLOWED[type].includes(kind);
}
