// The panel collapses to a small labelled tab and reopens, on a person's input only.
import { describe, expect, it } from 'vitest';
import { tabLabel } from '../../src/content/panel/panel-head';
import type { Section } from '../../src/content/panel/present';
import { RULES } from '../../src/rules';
import { getMessageFrom, loadMessages } from '../helpers/messages';
import { openFixture, start, type Running } from '../helpers/page';
import { spaced } from '../helpers/text';
import { trustedClick, trustedKey } from '../helpers/trusted-event';

const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';

function parts(page: Running): { root: ShadowRoot; toggle: HTMLButtonElement; body: HTMLElement } {
  const root = page.panel()?.shadowRoot;
  const toggle = root?.querySelector<HTMLButtonElement>('button.toggle');
  const body = root?.querySelector<HTMLElement>('#sh-body');
  if (!root || !toggle || !body) throw new Error('no panel');
  return { root, toggle, body };
}

const section = (id: string): Section => ({
  rule: RULES.find((r) => r.id === id) as Section['rule'],
  params: [],
  extraSteps: [],
});

describe('panel: collapse to a labelled tab', () => {
  it('has a real button, expanded, that names the tab and controls the body', () => {
    const { toggle, body } = parts(start(openFixture(RIGHTS)));
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.type).toBe('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(body.id);
    expect(spaced(toggle.textContent)).toBe('SAGA Helper : 1 problème');
    expect(body.hidden).toBe(false);
  });

  it('collapses and reopens on a person’s click (Enter and Space on a button are one), focus kept', () => {
    const page = start(openFixture(RIGHTS));
    const { root, toggle, body } = parts(page);
    toggle.focus();
    trustedClick(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(root.querySelector('.panel')?.classList.contains('collapsed')).toBe(true);
    // The same element, still focused: nothing was redrawn under the keyboard.
    expect(parts(page).toggle).toBe(toggle);
    expect(root.activeElement).toBe(toggle);
    trustedClick(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    expect(root.activeElement).toBe(toggle);
  });

  it('does nothing for a script: click(), a forged click or forged Enter and Space', () => {
    const page = start(openFixture(RIGHTS));
    const { toggle, body } = parts(page);
    const view = page.dom.window;
    toggle.click();
    toggle.dispatchEvent(new view.MouseEvent('click', { bubbles: true, composed: true }));
    for (const key of ['Enter', ' ']) toggle.dispatchEvent(new view.KeyboardEvent('keydown', { key, bubbles: true }));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
  });

  it('still closes on Escape, collapsed', () => {
    const page = start(openFixture(RIGHTS));
    const { toggle } = parts(page);
    trustedClick(toggle);
    trustedKey(toggle, 'Escape');
    expect(page.panel()).toBeNull();
  });

  it('stays collapsed, focus back on its button, when the panel is drawn again (a repair)', async () => {
    const page = start(openFixture(RIGHTS));
    const { root, toggle } = parts(page);
    toggle.focus();
    trustedClick(toggle);
    // A page rewording the advice: the guard draws the panel again from its own state.
    (root.querySelector('h2') as HTMLElement).textContent = 'Tout va bien';
    await new Promise((r) => setTimeout(r, 0));
    const redrawn = parts(page);
    expect(redrawn.toggle).not.toBe(toggle);
    expect(redrawn.toggle.getAttribute('aria-expanded')).toBe('false');
    expect(redrawn.body.hidden).toBe(true);
    expect(root.activeElement).toBe(redrawn.toggle);
  });

  it('says how many problems, in the plural where the language wants it, and all is well for a success', () => {
    const fr = getMessageFrom(loadMessages('fr'));
    const en = getMessageFrom(loadMessages('en'));
    const one = [section('saga-rights-invalid')];
    const two = [section('saga-rights-invalid'), section('saga-pairing-failed')];
    expect(spaced(tabLabel(fr, one))).toBe('SAGA Helper : 1 problème');
    expect(spaced(tabLabel(fr, two))).toBe('SAGA Helper : 2 problèmes');
    expect(tabLabel(en, one)).toBe('SAGA Helper: 1 problem');
    expect(tabLabel(en, two)).toBe('SAGA Helper: 2 problems');
    expect(spaced(tabLabel(fr, [section('plage-profile-active')]))).toBe('SAGA Helper : tout est en ordre');
    expect(tabLabel(en, [section('plage-profile-active')])).toBe('SAGA Helper: all is well');
  });

  it('counts the problems the panel shows', async () => {
    const page = start(openFixture(RIGHTS), { locale: 'en' });
    const doc = page.dom.window.document;
    const box = doc.createElement('div');
    box.textContent = 'Appairage PLAGE-SAGA impossible.';
    doc.body.append(box);
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid', 'saga-pairing-failed']);
    expect(parts(page).toggle.textContent).toBe('SAGA Helper: 2 problems');
  });
});
