import type { Guidance } from '../../lib/messages';
import type { Translate } from '../../lib/translate';
import type { PanelAction } from '../panel-api';
import type { Presentation } from './present';
import { Drawing } from './drawing';
import { dressHost } from './host';
import { panelStyle, panelView } from './panel-view';
import { ShadowGuard } from './shadow-guard';

/** What the panel shows now: all it needs to draw itself again, from its own state. */
interface Shown {
  readonly presentation: Presentation;
  readonly guidance: Guidance | undefined;
  readonly signature: string;
  status: string;
}

/**
 * The one panel of a frame: created on first need, updated in place, removed when nothing matches. It
 * acts only on a person's input (trusted events) and only as it drew itself: its shadow root is open
 * (a contract for tests and tools), so a page script can reach it, forge events and rewrite it.
 */
export class Panel {
  private host: HTMLElement | null = null;
  private guard: ShadowGuard | null = null;
  private shown: Shown | null = null;
  private drawing = new Drawing();

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly onAction: (action: PanelAction) => void,
    private readonly hotlineUrl: string,
  ) {}

  show(presentation: Presentation, guidance: Guidance | undefined): void {
    if (presentation.sections.length === 0) {
      this.remove();
      return;
    }
    const host = this.attach();
    const signature = JSON.stringify([presentation.ruleIds, presentation.sections.map((s) => s.params), guidance]);
    if (signature === this.shown?.signature && host.shadowRoot?.childNodes.length) return; // unchanged: no re-announce
    this.shown = { presentation, guidance, signature, status: '' };
    this.guard?.write(() => this.draw());
  }

  status(text: string): void {
    if (!this.shown) return;
    this.shown.status = text;
    this.guard?.write(() => this.drawing.setStatus(text));
  }

  remove(): void {
    this.guard?.disconnect();
    this.host?.remove();
    this.host = null;
    this.guard = null;
    this.shown = null;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** Draws everything from the panel's own state: after a change of what to show, or to undo tampering. */
  private draw(): void {
    const root = this.host?.shadowRoot;
    if (!this.host || !root || !this.shown) return;
    const { presentation, guidance, status } = this.shown;
    dressHost(this.host, presentation.ruleIds);
    const drawing = new Drawing();
    root.replaceChildren(
      panelStyle(this.doc),
      panelView(this.doc, presentation, guidance, this.t, this.hotlineUrl, drawing),
    );
    drawing.setStatus(status);
    this.drawing = drawing;
  }

  private attach(): HTMLElement {
    const top = this.doc.documentElement;
    if (this.host?.parentNode === top) return this.host;
    const host = this.host ?? this.create();
    // On <html> rather than <body>, so a page replacing its body does not take the panel with it; back
    // there if the page removed it or moved it elsewhere.
    top.append(host);
    return host;
  }

  private create(): HTMLElement {
    // A plain div, not a custom element: see PANEL_ATTR.
    const host = this.doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    // Capture, on the root: before any listener inside it, and registered before anything a page adds.
    root.addEventListener('click', (event) => this.clicked(event), true);
    root.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') this.onAction('dismiss');
      },
      true,
    );
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.guard = new ShadowGuard(win, host, root, {
      links: () => this.drawing.restoreLinks(),
      redraw: () => this.draw(),
    });
    this.host = host;
    return host;
  }

  private clicked(event: Event): void {
    if (!event.isTrusted) {
      // A script's click (click(), dispatchEvent): no action, and no link followed.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // Keyboard activation (Enter, Space) reaches here as a trusted click too. Only the element itself
    // counts: a page's node put inside a control does not borrow its action.
    const target = event.composedPath()[0];
    const control = this.drawing.of(target);
    if (!control) return;
    if ('href' in control) {
      // Followed with the panel's own address, whatever was written there; nothing else happens.
      this.guard?.write(() => (target as Element).setAttribute('href', control.href));
      return;
    }
    this.onAction(control.action);
  }
}
