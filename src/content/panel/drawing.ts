import type { PanelAction } from '../panel-api';

/** What one control of the panel does: ask the content script for an action, or follow its own link. */
export type Control = { readonly action: PanelAction } | { readonly href: string };

/**
 * What one drawing of the panel made, kept by identity as it is built: its controls, its links'
 * addresses and its status line. A click is matched against these, never against attributes, which
 * anyone may rewrite in the open shadow root (a page that set data-action="return-to-saga" on a node of
 * its own made the worker act, before).
 */
export class Drawing {
  private readonly controls = new WeakMap<object, Control>();
  private readonly links: (readonly [HTMLAnchorElement, string])[] = [];
  private status: HTMLElement | null = null;

  button<E extends HTMLElement>(element: E, action: PanelAction): E {
    this.controls.set(element, { action });
    return element;
  }

  /** A link the panel drew to `href` (the same value it wrote in the element). */
  link(element: HTMLAnchorElement, href: string): HTMLAnchorElement {
    this.controls.set(element, { href });
    this.links.push([element, href]);
    return element;
  }

  statusLine(element: HTMLElement): HTMLElement {
    this.status = element;
    return element;
  }

  /** The control `target` is, if the panel drew it; undefined for anything else, however it looks. */
  of(target: EventTarget | undefined): Control | undefined {
    return target ? this.controls.get(target) : undefined;
  }

  setStatus(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  /** Writes every link's own address back where it was changed; cheap enough to run on any change. */
  restoreLinks(): void {
    for (const [link, href] of this.links) if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  }
}
