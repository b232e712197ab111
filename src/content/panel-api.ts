import type { Guidance } from '../lib/messages';
import type { Translate } from '../lib/translate';
import type { Presentation } from './present';

/** What a click in the panel asks for; links (PLAGE, hotline, mail) just open and need no handler. */
export type PanelAction = 'dismiss' | 'clean-reload' | 'return-to-saga' | 'copy-diagnostic';

/** The panel of one frame, from the panel module (loaded only once a page shows something). */
export interface PanelHandle {
  show(presentation: Presentation, guidance: Guidance | undefined): void;
  /** A short line announced to screen readers: the result of an action. */
  status(text: string): void;
  remove(): void;
  /** Whether a node (or one attribute change of it) is the panel's own doing, not the page's. */
  owns(node: Node, attribute?: string | null): boolean;
  readonly element: HTMLElement | null;
}

export interface PanelModule {
  /** `hotlineUrl`: where "Contacter la hotline" goes (a setting). */
  createPanel(doc: Document, t: Translate, onAction: (action: PanelAction) => void, hotlineUrl: string): PanelHandle;
}

/**
 * The attribute that marks the panel's host, a plain <div>: a built-in element, because a page can
 * define an autonomous custom element's name before SAGA Helper uses it (its constructor would then run
 * inside SAGA Helper's call and take the shadow root), and cannot redefine a div.
 */
export const PANEL_ATTR = 'data-saga-helper-panel';

/**
 * How anything outside the extension finds the panel's host (tests, screenshots, the bench): a contract,
 * kept as is. The old tag name stays in it so that tools written against earlier versions still work.
 */
export const PANEL_SELECTOR = `saga-helper-panel, [${PANEL_ATTR}]`;
