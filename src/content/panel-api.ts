import type { Match } from '../core/evaluate';
import type { Send } from '../lib/send';
import type { Translate } from '../lib/translate';
import type { ReporterApi } from './panel/reporter';

/** What a click in the panel asks for; links (PLAGE, hotline, mail) just open and need no handler. */
export type PanelAction = 'dismiss' | 'clean-reload' | 'return-to-saga' | 'copy-diagnostic';

/** What the content script gives the panel module: the page, the words, and its calls to the extension. */
export interface ViewHost {
  readonly doc: Document;
  readonly win: Window;
  readonly t: Translate;
  /** Where "Contacter la hotline" goes (a setting, checked again by the view). */
  readonly hotlineUrl: string;
  readonly api: ReporterApi & { adviceSeen(): Promise<void> };
  /** Asks the content script to evaluate and render again (the worker answered). */
  redraw(): void;
}

export interface RenderOptions {
  /** Whether advice may still be shown on its own (it has not been seen before). */
  readonly adviceAllowedAlone: boolean;
  /** A frame whose ancestors the browser does not list draws nothing before the worker has answered. */
  readonly waitForWorker: boolean;
}

/**
 * Everything that follows a match, in the panel module: what to show (present), telling the worker
 * (reporter), the panel and its outlines. The content script that runs on every page only watches,
 * indexes and evaluates, and loads this module the first time something matches.
 */
export interface PanelView {
  render(matches: readonly Match[], options: RenderOptions): void;
  remove(): void;
  /** Whether a node (or one attribute change of it) is the panel's own doing, not the page's. */
  owns(node: Node, attribute?: string | null): boolean;
  readonly element: HTMLElement | null;
}

export interface PanelModule {
  createView(host: ViewHost): PanelView;
  /** Asks the worker (typed, replies checked): only what follows a match talks to the worker, so the
   * message checks ship here rather than in the content script that runs on every page. */
  readonly send: Send;
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
