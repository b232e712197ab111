import { visibleText } from '../../core/dom-text';
import type { Match } from '../../core/evaluate';
import { isInlineShown } from '../../core/visibility';
import { REFUSAL_MESSAGES, type CleanReloadResult, type Guidance, type MessageRequest } from '../../lib/messages';
import { leadRule } from '../../lib/lead-rule';
import type { Translate } from '../../lib/translate';

/** The calls the reporter makes: declared here, so that it needs nothing else of the content script. */
export interface ReporterApi {
  report(request: MessageRequest<'report'>): Promise<Guidance | undefined>;
  act(
    request: MessageRequest<'clean-reload'> | MessageRequest<'return-to-saga'>,
  ): Promise<CleanReloadResult | undefined>;
  copy(text: string): Promise<void>;
}

// What the mail quotes of the page: the message box, not the page.
const EVIDENCE_LIMIT = 300;

/**
 * Keeps the worker told of what this frame shows (once per change of rules, not per mutation) and
 * holds its answer, the guidance the panel adds.
 */
export class Reporter {
  // #private fields: the minifier shortens them, and this class ships in the 20 KB content script.
  #reported = '';
  #answer: { key: string; guidance: Guidance } | null = null;
  readonly #api: ReporterApi;
  readonly #t: Translate;
  readonly #win: Window;
  readonly #redraw: () => void;

  constructor(api: ReporterApi, t: Translate, win: Window, redraw: () => void) {
    this.#api = api;
    this.#t = t;
    this.#win = win;
    this.#redraw = redraw;
  }

  update(ids: readonly string[], matches: readonly Match[]): void {
    const key = ids.join(' ');
    // A quiet page says nothing; a page that stops showing a problem says so, to clear the badge.
    if (key === this.#reported) return;
    this.#reported = key;
    // The lead's page words and message box, as the panel's first section shows it.
    const rules = matches.map((m) => m.rule);
    const lead = leadRule(ids, rules);
    const first = matches.find((m) => m.rule === lead);
    const box = first?.evidence;
    const evidence = box
      ? visibleText(box, isInlineShown, EVIDENCE_LIMIT).replace(/\s+/g, ' ').trim().slice(0, EVIDENCE_LIMIT)
      : '';
    this.#api
      .report({
        type: 'report',
        rules: [...ids],
        params: [...(first?.params ?? [])],
        evidence,
        url: this.#win.location.href,
        loadedAt: Math.round(this.#win.performance.timeOrigin),
      })
      .then((guidance) => {
        if (guidance && this.#reported === key) {
          this.#answer = { key, guidance };
          this.#redraw();
        }
      })
      .catch(() => undefined);
  }

  guidance(key: string): Guidance | undefined {
    return this.#answer?.key === key ? this.#answer.guidance : undefined;
  }

  /** Carries out a panel button; returns the line to announce. */
  async act(action: 'clean-reload' | 'return-to-saga' | 'copy-diagnostic'): Promise<string> {
    const t = this.#t;
    try {
      if (action === 'copy-diagnostic') {
        const report = this.#answer?.guidance.mail?.report;
        if (!report) return t('panel_copy_failed');
        await this.#api.copy(report);
        return t('panel_copied');
      }
      const result = await this.#api.act({ type: action });
      if (result?.ok) return t(action === 'clean-reload' ? 'panel_cleaning' : 'panel_returned');
      // The worker said no, and why: the director reads the reason, not a generic failure.
      return t(result?.refused ? REFUSAL_MESSAGES[result.refused] : 'panel_action_failed');
    } catch {
      return t('panel_action_failed');
    }
  }
}
