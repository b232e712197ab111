import type { MessageType, MessageRequest, MessageResponse } from './messages';

/** A typed `runtime.sendMessage`: the answer's type follows the request's, per the message map. */
export type Send = <T extends MessageType>(request: MessageRequest<T>) => Promise<MessageResponse<T> | undefined>;

export function typedSend(runtime: { sendMessage(message: unknown): Promise<unknown> }): Send {
  return <T extends MessageType>(request: MessageRequest<T>) =>
    runtime.sendMessage(request) as Promise<MessageResponse<T> | undefined>;
}
