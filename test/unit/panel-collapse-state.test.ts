// The collapsed state is the tab's, kept by the worker for the browser session: the panel asks for it
// before it shows, and tells the worker a person's choice (never a script's).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Match } from '../../src/core/evaluate';
import { STATE_WAIT_MS } from '../../src/content/panel/collapse-state';
import { createView } from '../../src/content/panel/view';
import type { PanelView } from '../../src/content/panel-api';
import type { MessageRequest } from '../../src/lib/messages';
import { RULES } from '../../src/rules';
import { getMessageFrom, loadMessages } from '../helpers/messages';
import { openFixture } from '../helpers/page';
import { trustedClick } from '../helpers/trusted-event';

const OPTIONS = { adviceAllowedAlone: false, waitForWorker: false };

interface World {
  readonly view: PanelView;
  readonly asked: MessageRequest<'panel-state'>[];
  render(): void;
  toggle(): HTMLButtonElement | null;
  redraws(): number;
}

function world(answer: (r: MessageRequest<'panel-state'>) => Promise<{ collapsed: boolean } | undefined>): World {
  const dom = openFixture('saga.cng.sante.fr/rights-invalid.html');
  const win = dom.window as unknown as Window;
  const asked: MessageRequest<'panel-state'>[] = [];
  let redraws = 0;
  const view = createView({
    doc: win.document,
    win,
    t: getMessageFrom(loadMessages('fr')),
    hotlineUrl: 'https://assistance.atih.sante.fr/',
    api: {
      report: async () => undefined,
      act: async () => undefined,
      copy: async () => undefined,
      adviceSeen: async () => undefined,
      panelState: (request) => (asked.push(request), answer(request)),
    },
    redraw: () => void redraws++,
  });
  const rule = RULES.find((r) => r.id === 'saga-rights-invalid') as Match['rule'];
  const matches: Match[] = [{ rule, targets: [], params: [], evidence: win.document.body }];
  const toggle = (): HTMLButtonElement | null =>
    view.element?.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle') ?? null;
  return { view, asked, render: () => view.render(matches, OPTIONS), toggle, redraws: () => redraws };
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

afterEach(() => void vi.useRealTimers());

describe('panel: collapsed state kept by the worker for the tab', () => {
  it('asks first, shows nothing before the answer, then shows collapsed as the director left it', async () => {
    const w = world(async () => ({ collapsed: true }));
    w.render();
    expect(w.asked).toEqual([{ type: 'panel-state' }]);
    expect(w.view.element).toBeNull();
    await tick();
    expect(w.redraws()).toBe(1);
    w.render();
    expect(w.toggle()?.getAttribute('aria-expanded')).toBe('false');
  });

  it('tells the worker what a person chose, and nothing for a script', async () => {
    const w = world(async (r) => ({ collapsed: r.collapsed ?? false }));
    await tick();
    w.render();
    const toggle = w.toggle() as HTMLButtonElement;
    toggle.click();
    expect(w.asked).toEqual([{ type: 'panel-state' }]);
    trustedClick(toggle);
    trustedClick(toggle);
    expect(w.asked.slice(1)).toEqual([
      { type: 'panel-state', collapsed: true },
      { type: 'panel-state', collapsed: false },
    ]);
  });

  it('shows opened when the worker does not answer in time, or fails', async () => {
    vi.useFakeTimers();
    const silent = world(() => new Promise(() => undefined));
    silent.render();
    expect(silent.view.element).toBeNull();
    vi.advanceTimersByTime(STATE_WAIT_MS);
    silent.render();
    expect(silent.toggle()?.getAttribute('aria-expanded')).toBe('true');
    vi.useRealTimers();
    const failing = world(() => Promise.reject(new Error('Receiving end does not exist.')));
    await tick();
    failing.render();
    expect(failing.toggle()?.getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps a person’s choice over a late answer of the worker', async () => {
    let answer: (v: { collapsed: boolean }) => void = () => undefined;
    vi.useFakeTimers();
    const w = world((r) =>
      r.collapsed === undefined
        ? new Promise((resolve) => (answer = resolve))
        : Promise.resolve(r as { collapsed: boolean }),
    );
    vi.advanceTimersByTime(STATE_WAIT_MS);
    w.render();
    trustedClick(w.toggle() as HTMLButtonElement);
    answer({ collapsed: false });
    vi.useRealTimers();
    await tick();
    w.render();
    expect(w.toggle()?.getAttribute('aria-expanded')).toBe('false');
  });
});
