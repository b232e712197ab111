import type { Guidance } from '../../lib/messages';
import type { Translate } from '../../lib/translate';
import type { PanelAction } from '../panel-api';
import type { Presentation } from './present';
import { Drawing } from './drawing';
import { dressHost } from './host';
import { showCollapsed } from './panel-head';
import { listenToPerson } from './panel-input';
import { panelStyle, panelView } from './panel-view';
import { Placer, type Placed } from './position';
import { ShadowGuard } from './shadow-guard';

/** What the panel shows now: all it needs to draw itself again, from its own state. */
interface Shown {
  /** The latest: the same rules may come with new elements (the page drew its message again). */
  presentation: Presentation;
  readonly guidance: Guidance | undefined;
  readonly signature: string;
  status: string;
  collapsed: boolean;
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
  private view: HTMLElement | null = null;
  private readonly placer: Placer;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly onAction: (action: PanelAction) => void,
    private readonly hotlineUrl: string,
    /** A person collapsed (true) or reopened the panel. */
    private readonly onToggle: (collapsed: boolean) => void,
  ) {
    const placed = (): Placed | null => {
      const { host, view, shown } = this;
      return host && view && shown ? { host, view, keep: shown.presentation } : null;
    };
    this.placer = new Placer(doc, placed, (change) => (this.guard ? this.guard.write(change) : change()));
  }

  show(presentation: Presentation, guidance: Guidance | undefined, collapsed: boolean): void {
    if (presentation.sections.length === 0) {
      this.remove();
      return;
    }
    const host = this.attach();
    const signature = JSON.stringify([presentation.ruleIds, presentation.sections.map((s) => s.params), guidance]);
    if (signature === this.shown?.signature && host.shadowRoot?.childNodes.length) {
      // Unchanged: no re-announce; but what it keeps clear may have moved.
      this.shown.presentation = presentation;
      if (collapsed !== this.shown.collapsed) this.collapse(collapsed);
      else this.placer.soon();
      return;
    }
    this.shown = { presentation, guidance, signature, status: '', collapsed };
    this.guard?.write(() => this.draw());
    this.placer.place();
  }

  status(text: string): void {
    if (!this.shown) return;
    this.shown.status = text;
    this.guard?.write(() => this.drawing.setStatus(text));
    this.placer.place();
  }

  /** Collapses the panel to its tab, or reopens it, in place; then finds it a place at its new size. */
  collapse(collapsed: boolean): void {
    const { shown, view } = this;
    if (!shown) return;
    shown.collapsed = collapsed;
    if (view) this.guard?.write(() => showCollapsed(view, collapsed));
    this.placer.place();
  }

  remove(): void {
    this.placer.stop();
    this.guard?.disconnect();
    this.host?.remove();
    this.host = null;
    this.guard = null;
    this.shown = null;
    this.view = null;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** Draws everything from the panel's own state: after a change of what to show, or to undo tampering. */
  private draw(): void {
    const root = this.host?.shadowRoot;
    if (!this.host || !root || !this.shown) return;
    const { presentation, guidance, status, collapsed } = this.shown;
    // Focus goes back to the same control: new guidance or a repair must not lose a keyboard user's place.
    const focused = this.drawing.of(root.activeElement);
    dressHost(this.host, presentation.ruleIds, this.placer.corner);
    const drawing = new Drawing();
    const view = panelView(this.doc, presentation, guidance, this.t, this.hotlineUrl, drawing, collapsed);
    this.placer.fit(view);
    root.replaceChildren(panelStyle(this.doc), view);
    drawing.setStatus(status);
    this.drawing = drawing;
    this.view = view;
    if (focused) drawing.same(focused)?.focus({ preventScroll: true });
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
    listenToPerson(root, {
      drawing: () => this.drawing,
      act: this.onAction,
      toggle: () => {
        const collapsed = !this.shown?.collapsed;
        this.collapse(collapsed);
        this.onToggle(collapsed);
      },
      relink: (link, href) => this.guard?.write(() => link.setAttribute('href', href)),
    });
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.guard = new ShadowGuard(win, host, root, {
      links: () => this.drawing.restoreLinks(),
      redraw: () => this.draw(),
    });
    this.host = host;
    return host;
  }
}
