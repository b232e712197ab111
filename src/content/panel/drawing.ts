import type { PanelAction } from '../panel-api';

/**
 * What one control of the panel does: ask the content script for an action, follow its own link, or
 * collapse and reopen the panel (the panel's own business, asking nothing of anyone).
 */
export type Control = { readonly action: PanelAction } | { readonly href: string } | { readonly toggle: true };

/** A name for a control that stays the same from one drawing to the next: where focus goes back to. */
const keyOf = (control: Control): string =>
  'action' in control ? `action:${control.action}` : 'href' in control ? `href:${control.href}` : 'toggle';

/**
 * What one drawing of the panel made, kept by identity as it is built: its controls, its links'
 * addresses and its status line. A click is matched against these, never against attributes, which
 * anyone may rewrite in the open shadow root (a page that set data-action="return-to-saga" on a node of
 * its own made the worker act, before).
 */
export class Drawing {
  private readonly controls = new WeakMap<object, Control>();
  private readonly byKey = new Map<string, HTMLElement>();
  private readonly links: (readonly [HTMLAnchorElement, string])[] = [];
  private status: HTMLElement | null = null;

  button<E extends HTMLElement>(element: E, action: PanelAction): E {
    return this.keep(element, { action });
  }

  /** The button that collapses and reopens the panel. */
  toggle(element: HTMLButtonElement): HTMLButtonElement {
    return this.keep(element, { toggle: true });
  }

  /** A link the panel drew to `href` (the same value it wrote in the element). */
  link(element: HTMLAnchorElement, href: string): HTMLAnchorElement {
    this.links.push([element, href]);
    return this.keep(element, { href });
  }

  statusLine(element: HTMLElement): HTMLElement {
    this.status = element;
    return element;
  }

  /** The control `target` is, if the panel drew it; undefined for anything else, however it looks. */
  of(target: EventTarget | null | undefined): Control | undefined {
    return target ? this.controls.get(target) : undefined;
  }

  /** This drawing's control that does what `control` (of an earlier drawing) did. */
  same(control: Control): HTMLElement | undefined {
    return this.byKey.get(keyOf(control));
  }

  setStatus(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  /** Writes every link's own address back where it was changed; cheap enough to run on any change. */
  restoreLinks(): void {
    for (const [link, href] of this.links) if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  }

  private keep<E extends HTMLElement>(element: E, control: Control): E {
    this.controls.set(element, control);
    if (!this.byKey.has(keyOf(control))) this.byKey.set(keyOf(control), element);
    return element;
  }
}
