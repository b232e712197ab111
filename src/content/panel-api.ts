import type { Match } from '../core/evaluate';
import type { Site } from '../core/sites';
import type { ExtraRule } from '../lib/settings';
import type { Translate } from '../lib/translate';
import type { ReporterApi } from './panel/reporter';

/** The panel's calls to the extension: telling the worker, its actions, the clipboard, advice seen. */
export type ViewApi = ReporterApi & { adviceSeen(): Promise<void> };

/** What a click in the panel asks for; links (PLAGE, hotline, mail) just open and need no handler. */
export type PanelAction = 'dismiss' | 'clean-reload' | 'return-to-saga' | 'copy-diagnostic';

/** What the content script gives the panel module: the page, the words, and its calls to the extension. */
export interface ViewHost {
  readonly doc: Document;
  readonly win: Window;
  readonly t: Translate;
  /** Where "Contacter la hotline" goes (a setting, checked again by the view). */
  readonly hotlineUrl: string;
  /** The panel's calls to the extension, where the content script has its own (tests); else the module's. */
  readonly api: Partial<ViewApi>;
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

/**
 * What the content script gives the panel module to answer a message from the extension's own pages
 * or worker (lib/tab-messages.ts): the page, and the way to try extra rules on it.
 */
export interface TabHost {
  readonly doc: Document;
  readonly win: Window;
  readonly site: Site;
  /** Whether a node is the panel's own (never offered as a message, never read). */
  owns(node: Node): boolean;
  /**
   * Shows these extra rules in this page as well as policy's, until called again ([] ends the trial):
   * the page is read again, and panels follow. They must already have passed checkExtraRules.
   */
  trial(rules: readonly ExtraRule[]): void;
}

export interface PanelModule {
  createView(host: ViewHost): PanelView;
  /**
   * The answer to a message from this extension (lib/tab-messages.ts), parsed here: undefined for
   * anything malformed or unknown, which gets no answer.
   */
  answer(message: unknown, host: TabHost): Promise<unknown>;
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
