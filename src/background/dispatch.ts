import type { MessageRequest, MessageResponse, MessageType } from '../lib/messages';
import { parseRequest } from '../lib/request-parsers';
import type { MessageSender } from './api';
import { cleanReload, returnToSaga } from './clear-actions';
import { report, tabState } from './handlers';
import { panelState } from './panel-state';
import { trialRule } from './trial';
import { unknownReport } from './unknown-report';
import { mayAsk, senderKind, type SenderKind } from './sender';
import type { WorkerContext } from './worker-context';

/** How the worker answers one message type, given the request already parsed and its sender allowed. */
export type Handler<K extends MessageType> = (
  ctx: WorkerContext,
  request: MessageRequest<K>,
  sender: MessageSender,
  kind: SenderKind,
) => Promise<MessageResponse<K>>;

/** The worker's handlers, typed over the whole message map: a type without its handler does not compile. */
export type Handlers = { readonly [K in MessageType]: Handler<K> };

export const HANDLERS: Handlers = {
  report,
  'clean-reload': cleanReload,
  'return-to-saga': returnToSaga,
  'tab-state': tabState,
  'panel-state': panelState,
  'unknown-report': unknownReport,
  'trial-rule': trialRule,
};

// Handlers that wait for a tab's content script run outside the queue: every other task would wait for
// that page, and a page reporting to the worker while it answers would wait for itself. They queue their
// own writes of the session state.
const UNQUEUED: ReadonlySet<MessageType> = new Set<MessageType>(['trial-rule']);

// Generic over the type, so that the handler looked up and the request handed to it agree.
function handle<R extends MessageRequest>(
  ctx: WorkerContext,
  request: R,
  sender: MessageSender,
  kind: SenderKind,
): Promise<MessageResponse<R['type']>> {
  const type: R['type'] = request.type;
  const handler: Handler<R['type']> = HANDLERS[type];
  return handler(ctx, request, sender, kind);
}

/**
 * The answer to a runtime message, or undefined for none at all: anything malformed, or from a sender
 * not allowed this request, is not answered. Handlers run one at a time (`state.serial`), as every
 * read-modify-write of the session state must (UNQUEUED ones queue their own).
 */
export function dispatch(
  ctx: WorkerContext,
  message: unknown,
  sender: MessageSender,
): Promise<MessageResponse<MessageType>> | undefined {
  const request = parseRequest(message);
  const kind = senderKind(sender, ctx.api);
  if (!request || !kind || !mayAsk(kind, request.type)) return undefined;
  if (UNQUEUED.has(request.type)) return handle(ctx, request, sender, kind);
  return ctx.state.serial(() => handle(ctx, request, sender, kind));
}
