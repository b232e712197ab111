import type { MessageRequest, PanelState } from '../../lib/messages';
import { nativeBrowser } from '../../lib/native-browser';
import { typedSend } from '../../lib/send';

/** How the panel reads and keeps its collapsed state in the worker (per tab, for the browser session). */
export interface PanelStateApi {
  panelState(request: MessageRequest<'panel-state'>): Promise<PanelState | undefined>;
}

// How long a panel waits for the worker's word before it shows, opened: a panel the director collapsed
// should not spring open on every page of the tab, nor should a silent worker keep it hidden.
export const STATE_WAIT_MS = 300;

/**
 * The content script's own way to the worker's panel state when it has one; else the worker, asked
 * straight from the panel module (it runs in the content script's world, with its extension API); null
 * where there is none (jsdom), and the state then lives as long as the page.
 */
export function panelStateApi(given: Partial<PanelStateApi>): PanelStateApi | null {
  const ask = given.panelState;
  if (ask) return { panelState: (request) => ask.call(given, request) };
  try {
    const send = typedSend(nativeBrowser().runtime);
    return { panelState: (request) => send(request) };
  } catch {
    return null;
  }
}

/**
 * Whether this tab's panel is collapsed: unknown until the worker answers (or the wait is over), then
 * the director's own choice, which a late answer never overrides.
 */
export class CollapseState {
  private value: boolean | undefined;

  constructor(
    private readonly api: PanelStateApi | null,
    win: Window,
    onKnown: () => void,
  ) {
    if (!api) {
      this.value = false;
      return;
    }
    const settle = (collapsed: boolean): void => {
      if (this.value !== undefined) return;
      this.value = collapsed;
      onKnown();
    };
    api.panelState({ type: 'panel-state' }).then(
      (state) => settle(state?.collapsed === true),
      () => settle(false),
    );
    win.setTimeout(() => settle(false), STATE_WAIT_MS);
  }

  get known(): boolean {
    return this.value !== undefined;
  }

  get collapsed(): boolean {
    return this.value === true;
  }

  /** A person collapsed or reopened the panel: kept here at once, and by the worker for the tab. */
  set(collapsed: boolean): void {
    this.value = collapsed;
    void this.api?.panelState({ type: 'panel-state', collapsed }).catch(() => undefined);
  }
}
