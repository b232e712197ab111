import type { PanelAction } from '../panel-api';
import type { Drawing } from './drawing';

/** What a person's input on the panel leads to. */
export interface InputHandlers {
  /** The current drawing, whose controls are the only ones that count. */
  readonly drawing: () => Drawing;
  readonly act: (action: PanelAction) => void;
  /** Collapse the panel to its tab, or reopen it. */
  readonly toggle: () => void;
  /** Puts the panel's own address back in a link, as the panel's own change (not tampering). */
  readonly relink: (link: Element, href: string) => void;
}

/**
 * Listens on the panel's shadow root, in the capture phase: before any listener inside it, and
 * registered before anything a page adds. Acts on a person's input only (trusted events) and only as
 * the panel drew itself (controls by identity).
 */
export function listenToPerson(root: ShadowRoot, on: InputHandlers): void {
  root.addEventListener('click', (event) => clicked(event, on), true);
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') on.act('dismiss');
    },
    true,
  );
}

function clicked(event: Event, on: InputHandlers): void {
  if (!event.isTrusted) {
    // A script's click (click(), dispatchEvent): no action, no toggle, and no link followed.
    event.preventDefault();
    event.stopImmediatePropagation();
    return;
  }
  // Keyboard activation (Enter, Space) reaches here as a trusted click too. Only the element itself
  // counts: a page's node put inside a control does not borrow its action.
  const target = event.composedPath()[0];
  const control = on.drawing().of(target);
  if (!control) return;
  if ('toggle' in control) on.toggle();
  // Followed with the panel's own address, whatever was written there; nothing else happens.
  else if ('href' in control) on.relink(target as Element, control.href);
  else on.act(control.action);
}
