import { describe, expect, it } from 'vitest';
import type { Guidance } from '../../src/lib/messages';
import { openFixture, start, until, type Running } from '../helpers/page';
import { trustedClick, trustedKey } from '../helpers/trusted-event';

// A script of the page can reach the panel's open shadow root and forge events, but not make a trusted
// one: the panel must act on a person's input only, and only as it drew itself.

const MAIL = { href: 'mailto:cng-saga@sante.gouv.fr?subject=SAGA&body=Bonjour', report: 'Rapport complet' };
const GUIDED: Guidance = { actions: ['clean-reload', 'mail-admin', 'copy-diagnostic'], mail: MAIL };
const EVIL_MAIL = 'mailto:attacker@evil.example?body=diagnostic';

interface Guided {
  readonly page: Running;
  readonly root: ShadowRoot;
  readonly win: Window & typeof globalThis;
  /** The panel's control for `action` as drawn now. */
  readonly control: (action: string) => HTMLElement;
}

async function guided(): Promise<Guided> {
  const page = start(openFixture('saga.cng.sante.fr/pairing-failed.html'), { guidance: () => GUIDED });
  const root = (): ShadowRoot => page.panel()?.shadowRoot as ShadowRoot;
  await until(() => !!root()?.querySelector('[data-action="clean-reload"]'));
  const control = (action: string): HTMLElement => {
    const found = root().querySelector<HTMLElement>(`[data-action="${action}"]`);
    if (!found) throw new Error(`no ${action} in the panel`);
    return found;
  };
  return { page, root: root(), win: page.dom.window as unknown as Window & typeof globalThis, control };
}

/** What the content script asked of the worker or the clipboard, reports aside. */
const actions = (page: Running): string[] => [
  ...page.sent.filter((r) => r.type !== 'report').map((r) => r.type),
  ...page.copied.map(() => 'copied'),
];

describe('the panel acts on a person only: a page script cannot drive it', () => {
  it("ignores a script's clicks and key presses on its buttons (click(), dispatchEvent)", async () => {
    const { page, win, control } = await guided();
    const forged = (target: HTMLElement): void => {
      target.click();
      target.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      for (const key of ['Enter', ' ']) {
        target.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
    };
    for (const action of ['clean-reload', 'copy-diagnostic', 'dismiss']) forged(control(action));
    await page.settle();
    expect(actions(page)).toEqual([]);
    expect(page.panel()).not.toBeNull();
  });

  it("does not close on a script's Escape", async () => {
    const { page, win, control } = await guided();
    control('clean-reload').dispatchEvent(
      new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(page.panel()).not.toBeNull();
  });

  it("cancels a script's click on its links, so that no link is followed", async () => {
    const { win, control } = await guided();
    for (const action of ['mail-admin', 'open-hotline']) {
      const event = new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      expect(control(action).dispatchEvent(event), action).toBe(false);
    }
  });

  it('does nothing for an element the page adds with a data-action, even on a person’s click', async () => {
    const { page, root, win, control } = await guided();
    for (const action of ['return-to-saga', 'clean-reload', 'copy-diagnostic', 'dismiss']) {
      const fake = win.document.createElement('i');
      fake.setAttribute('data-action', action);
      root.append(fake);
      trustedClick(fake);
      // Inside a real button, a page element does not borrow its action either.
      const inside = win.document.createElement('i');
      control('clean-reload').append(inside);
      trustedClick(inside);
    }
    await page.settle();
    expect(actions(page)).toEqual([]);
    expect(page.panel()).not.toBeNull();
  });

  it('does the action it drew, whatever the page writes in data-action', async () => {
    const { page, control } = await guided();
    const button = control('clean-reload');
    button.setAttribute('data-action', 'return-to-saga');
    trustedClick(button);
    await until(() => actions(page).length > 0);
    expect(actions(page)).toEqual(['clean-reload']);
  });

  it('still acts on a person’s click and closes on a person’s Escape', async () => {
    const { page, control } = await guided();
    trustedClick(control('copy-diagnostic'));
    await until(() => page.copied.length > 0);
    expect(page.copied).toEqual([MAIL.report]);
    trustedKey(control('clean-reload'), 'Escape');
    expect(page.panel()).toBeNull();
  });
});

describe('the mail link goes where the panel says', () => {
  it('puts its own address back when a person clicks a link the page rewrote, and does nothing else', async () => {
    const { page, win, control } = await guided();
    const link = control('mail-admin');
    link.setAttribute('href', EVIL_MAIL);
    // What the browser follows is the href once every listener has run: read it at the end of the dispatch.
    let followed = '';
    win.addEventListener('click', () => (followed = link.getAttribute('href') ?? ''));
    expect(trustedClick(link)).toBe(true);
    expect(followed).toBe(MAIL.href);
    await page.settle();
    expect(actions(page)).toEqual([]);
  });
});

describe('the panel undoes what anyone else changes in it', () => {
  it('redraws its shadow content as it drew it: text, nodes, links, styles', async () => {
    const { root, win, control } = await guided();
    const drawn = root.innerHTML;
    (root.querySelector('h2') as HTMLElement).textContent = 'Appelez le 08 99 00 00 00';
    root.querySelector('ol')?.remove();
    root.append(win.document.createElement('iframe'));
    control('mail-admin').setAttribute('href', EVIL_MAIL);
    (root.querySelector('style') as HTMLStyleElement).textContent = '* { display: none }';
    await Promise.resolve(); // mutation observers run as a microtask
    expect(root.innerHTML).toBe(drawn);
  });

  it('puts back its host attributes', async () => {
    const { page } = await guided();
    const host = page.panel() as HTMLElement;
    const rules = host.getAttribute('data-rules');
    host.setAttribute('hidden', '');
    host.setAttribute('inert', '');
    host.setAttribute('style', 'display: none !important');
    host.setAttribute('data-rules', 'saga-first-login');
    await Promise.resolve();
    expect(host.hasAttribute('hidden') || host.hasAttribute('inert')).toBe(false);
    expect(host.getAttribute('data-rules')).toBe(rules);
    expect(host.style.getPropertyValue('display')).toBe('block');
  });

  it('is not drawn into a loop by a page that undoes every repair: a few redraws a second at most', async () => {
    const { page, root, win } = await guided();
    let redraws = 0;
    const mark = (): void => void root.append(win.document.createElement('b'));
    new win.MutationObserver(() => {
      if (root.querySelector('b') || redraws >= 200) return;
      redraws++;
      mark();
    }).observe(root, { childList: true });
    mark();
    await page.settle();
    expect(redraws).toBeGreaterThan(0);
    expect(redraws).toBeLessThanOrEqual(10);
  });
});
