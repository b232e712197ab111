import type { Browser } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { contentApi } from '../../src/content/content-api';

type Listener = (message: unknown, sender: { id?: string }, reply: (r: unknown) => void) => unknown;

/** The content script's real adapter over a fake runtime: what its runtime.onMessage listener does. */
function listening(impl: (message: unknown) => Promise<unknown> = async (message) => ({ echoed: message })): {
  listener: Listener;
  answer: ReturnType<typeof vi.fn>;
} {
  let listener: Listener | undefined;
  const fake = {
    runtime: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      getURL: (path: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`,
      onMessage: { addListener: (l: Listener) => void (listener = l) },
    },
    storage: { onChanged: { addListener: () => undefined }, local: { get: async () => ({}) } },
  };
  const answer = vi.fn(impl);
  contentApi(fake as unknown as Browser).listen?.(answer);
  if (!listener) throw new Error('no listener registered');
  return { listener, answer };
}

describe('the content script hears only its own extension', () => {
  it("answers this extension's pages and worker, through sendResponse (Chromium before 144)", async () => {
    const { listener, answer } = listening();
    const reply = vi.fn();
    expect(listener({ type: 'pick-messages' }, { id: 'abcdefghijklmnopabcdefghijklmnop' }, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ echoed: { type: 'pick-messages' } }));
    expect(answer).toHaveBeenCalledOnce();
  });

  it('does not answer, nor look at, a message from another sender', () => {
    const { listener, answer } = listening();
    const reply = vi.fn();
    for (const sender of [{ id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' }, {}, { id: '' }]) {
      expect(listener({ type: 'pick-messages' }, sender, reply)).toBeUndefined();
    }
    expect(answer).not.toHaveBeenCalled();
    expect(reply).not.toHaveBeenCalled();
  });

  it('answers undefined when answering fails, so that the asker is not left waiting', async () => {
    const { listener } = listening(() => Promise.reject(new Error('the panel module could not load')));
    const reply = vi.fn();
    expect(listener({ type: 'pick-messages' }, { id: 'abcdefghijklmnopabcdefghijklmnop' }, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(undefined));
  });
});
