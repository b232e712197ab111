import type { Match } from '../../core/evaluate';
import type { PanelAction, PanelView, RenderOptions, ViewHost } from '../panel-api';
import { CollapseState, panelStateApi, type PanelStateApi } from './collapse-state';
import { Highlighter, TARGET_ATTR } from './highlight';
import { Panel } from './panel';
import { present } from './present';
import { Reporter } from './reporter';
import { viewApi } from './view-api';

/**
 * The panel of one frame and what decides it: which sections (present), what the worker adds
 * (reporter), dismissal, collapse (kept by the worker for the tab), and the advice shown alone once.
 * Lives in the panel module, loaded on the first match, so that quiet pages carry none of it. The
 * content script's api may carry its own way to the worker's panel state; else the panel asks itself.
 */
export function createView(host: ViewHost & { readonly api: Partial<PanelStateApi> }): PanelView {
  const highlighter = new Highlighter();
  const api = viewApi(host.api);
  const reporter = new Reporter(api, host.t, host.win, host.redraw);
  const collapse = new CollapseState(panelStateApi(host.api), host.win, host.redraw);
  // The rule ids the panel shows, as decided here (never read back from the page's DOM).
  let shownKey = '';
  let dismissed: string | null = null;
  let adviceShownHere = false;
  const onAction = (action: PanelAction): void => {
    if (action === 'dismiss') {
      dismissed = shownKey;
      host.redraw();
    } else {
      void reporter.act(action).then((text) => text && panel.status(text));
    }
  };
  const panel = new Panel(host.doc, host.t, onAction, host.hotlineUrl, (collapsed) => collapse.set(collapsed));
  const remove = (): void => {
    shownKey = '';
    panel.remove();
    highlighter.clear();
  };

  return {
    render(matches: readonly Match[], options: RenderOptions): void {
      const shown = present(matches, options.adviceAllowedAlone || adviceShownHere);
      const key = shown.ruleIds.join(' ');
      reporter.update(shown.ruleIds, matches);
      const guidance = reporter.guidance(key);
      // The worker's word that this frame's tab is another site's page; without location.ancestorOrigins,
      // a frame waits for that word before it draws anything.
      const untold = guidance?.ignored === true || (options.waitForWorker && !guidance);
      if (key === '' || key === dismissed || untold) return remove();
      // Not before the worker said whether the director collapsed it in this tab (it redraws then).
      if (!collapse.known) return;
      dismissed = null;
      shownKey = key;
      panel.show(shown, guidance, collapse.collapsed);
      highlighter.set(shown.targets);
      if (shown.adviceAlone && !adviceShownHere) {
        adviceShownHere = true;
        void api.adviceSeen().catch(() => undefined);
      }
    },
    remove,
    owns: (node, attribute) =>
      node === panel.element || (highlighter.has(node) && (attribute === 'style' || attribute === TARGET_ATTR)),
    get element() {
      return panel.element;
    },
  };
}
