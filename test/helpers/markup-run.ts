import { RULES_BY_PRIORITY } from '../../src/rules';
import { CLOSED_ROOTS, isLate, pageHtml, type Placement } from './markup-pages';
import { openHtml, start, until, type BrowserName, type Page, type Running } from './page';

/** One generated page: its content, where it stands, the browser it is seen in, when late content comes. */
export interface Generated {
  readonly host: string;
  readonly content: string;
  readonly placement: Placement;
  readonly browser: BrowserName;
  readonly delay: number;
}

/** The rules a page with `rule`'s message must show: the rule, and the Edge advice outside Edge. */
export function expectedRules(rule: string, browser: BrowserName): string[] {
  const ids = new Set([rule, ...(browser !== 'edge' ? ['browser-not-recommended'] : [])]);
  return RULES_BY_PRIORITY.map((r) => r.id).filter((id) => ids.has(id));
}

/**
 * Runs the content script on a generated page in jsdom, as the browser would (in the frame for the
 * iframe placement: a content script runs per frame), and gives the rules of the panel that frame
 * shows once the page has settled; the top page of a frame must show no rule of its own.
 */
export async function shownRules(g: Generated, expected: readonly string[]): Promise<string[]> {
  const dom = openHtml(pageHtml(g.content, g.placement, g.delay), `https://${g.host}/generated.html`, g.browser);
  const win = dom.window as unknown as Record<string, WeakMap<Element, ShadowRoot> | undefined>;
  const runs: Running[] = [];
  try {
    const top = start(dom, { shadowRoot: (el) => win[CLOSED_ROOTS]?.get(el) ?? null });
    runs.push(top);
    let page = top;
    if (g.placement === 'iframe') {
      const frame = dom.window.document.querySelector('iframe') as HTMLIFrameElement;
      await until(() => frame.dataset['filled'] === 'yes');
      // jsdom lists no ancestors (as Firefox): the frame draws once the worker has answered its report.
      page = start({ window: frame.contentWindow as unknown as Page['window'] }, { guidance: () => ({ actions: [] }) });
      runs.push(page);
      await top.settle();
      const advice = expectedRules('none', g.browser);
      if (JSON.stringify(top.rules()) !== JSON.stringify(advice)) return [`top page: ${top.rules().join(' ')}`];
    }
    // Content there at once is read when the content script starts; late content once it comes.
    // (Polled every 4 ms, not page.ts's 20: hundreds of pages run per rule.)
    for (let waited = 0; (isLate(g.placement) || g.placement === 'iframe') && waited < 1500; waited += 4) {
      if (page.rules().length >= expected.length) break;
      await new Promise((r) => setTimeout(r, 4));
    }
    return page.rules();
  } finally {
    for (const run of runs) run.handle?.stop();
    dom.window.close();
  }
}
