// Events as the browser makes them for a person's input (isTrusted: true), in jsdom. A page's script
// can only make untrusted ones (dispatchEvent, click()), and jsdom's dispatchEvent forces isTrusted to
// false as browsers do; so these go through jsdom's own internal dispatch, the way its user-agent code
// fires events. Test-only: it reaches jsdom's implementation objects by their symbol.

interface Impl {
  isTrusted: boolean;
  _dispatch(event: Impl): boolean;
}

function implOf(wrapper: object): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  const impl = symbol ? (wrapper as Record<symbol, Impl | undefined>)[symbol] : undefined;
  if (!impl) throw new Error('not a jsdom object: no implementation symbol');
  return impl;
}

/** Dispatches `event` at `target` as a trusted event; returns false when a listener cancelled it. */
export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const impl = implOf(event);
  impl.isTrusted = true;
  return implOf(target)._dispatch(impl);
}

/** A person's click (mouse, or Enter/Space on a focused control, which browsers turn into a click). */
export function trustedClick(element: Element): boolean {
  const view = element.ownerDocument.defaultView as Window & typeof globalThis;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  return dispatchTrusted(element, new view.MouseEvent('click', init));
}

/** A person's key press, as keydown. */
export function trustedKey(element: Element, key: string): boolean {
  const view = element.ownerDocument.defaultView as Window & typeof globalThis;
  return dispatchTrusted(element, new view.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}
