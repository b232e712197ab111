import type { Guidance } from '../../lib/messages';
import type { Translate } from '../../lib/translate';
import { PANEL_TAG, type PanelAction } from '../panel-api';
import type { Presentation } from '../present';
import { panelStyle, panelView } from './panel-view';

const BUTTON_ACTIONS = new Set<string>(['dismiss', 'clean-reload', 'return-to-saga', 'copy-diagnostic']);

/** The one panel of a frame: created on first need, updated in place, removed when nothing matches. */
export class Panel {
  private host: HTMLElement | null = null;
  private shown = '';

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
    if (signature === this.shown && host.shadowRoot?.childNodes.length) return; // unchanged: no re-announce
    this.shown = signature;
    host.setAttribute('data-rules', presentation.ruleIds.join(' '));
    host.shadowRoot?.replaceChildren(
      panelStyle(this.doc),
      panelView(this.doc, presentation, guidance, this.t, this.hotlineUrl),
    );
  }

  status(text: string): void {
    const line = this.host?.shadowRoot?.querySelector('.status');
    if (line) line.textContent = text;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.shown = '';
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  private attach(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.host ?? this.create();
    // On <html> rather than <body>, so a page replacing its body does not take the panel with it.
    this.doc.documentElement.append(host);
    return host;
  }

  private create(): HTMLElement {
    const host = this.doc.createElement(PANEL_TAG);
    const root = host.attachShadow({ mode: 'open' });
    root.addEventListener('click', (event) => {
      const action = (event.target as Element | null)?.closest('[data-action]')?.getAttribute('data-action');
      if (action && BUTTON_ACTIONS.has(action)) this.onAction(action as PanelAction);
    });
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.onAction('dismiss');
    });
    this.host = host;
    return host;
  }
}
