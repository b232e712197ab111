import type { MessageRequest, MessageResponse } from '../lib/messages';
import type { MessageSender } from './api';
import type { WorkerContext } from './worker-context';

/**
 * A content script reads or sets how its tab's panel shows (collapsed or not): per tab, for the
 * browser session, in storage.session, which content scripts cannot read. Only the sender's own tab
 * (a 'content' sender always has one), and nothing else is touched.
 */
export async function panelState(
  ctx: WorkerContext,
  req: MessageRequest<'panel-state'>,
  sender: MessageSender,
): Promise<MessageResponse<'panel-state'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { collapsed: false };
  if (req.collapsed !== undefined) await ctx.state.setPanel(tabId, { collapsed: req.collapsed });
  return ctx.state.panel(tabId);
}
