// The toolbar popup: its buttons, and what assistive technology finds in it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PALETTE } from '../../src/ui/palette';

import { click, MAIL, OFFERED, popup, tabView } from '../helpers/popup-page';

describe('popup: actions', () => {
  it('clean reload asks the worker for this tab and shows how many cookies were removed', async () => {
    const { doc, send, text } = popup({ view: tabView(OFFERED) }, async () => ({ ok: true, at: 1, cookiesRemoved: 3 }));
    const button = doc.querySelector('button[data-action="clean-reload"]') as HTMLButtonElement;
    expect(button.getAttribute('type')).toBe('button');
    button.click();
    expect(send).toHaveBeenCalledWith({ type: 'clean-reload', tabId: 12 });
    await vi.waitFor(() =>
      expect(text('[role="status"]')).toBe('Rechargement propre effectué : 3 cookie(s) supprimé(s).'),
    );
    expect(button.disabled).toBe(false);
  });

  it('clean reload shows the error the worker gives, or its failure to answer', async () => {
    const failed = popup({ view: tabView({ ...OFFERED, site: 'plage' }) }, async () => ({
      ok: false,
      at: 1,
      cookiesRemoved: 0,
      error: 'No tab with id 12',
    }));
    click(failed.doc, '[data-action="clean-reload"]');
    await vi.waitFor(() =>
      expect(failed.text('[role="status"]')).toBe('Le rechargement propre a échoué : No tab with id 12'),
    );
    const gone = popup({ view: tabView(OFFERED) }, () => Promise.reject(new Error('Receiving end does not exist.')));
    click(gone.doc, '[data-action="clean-reload"]');
    await vi.waitFor(() => expect(gone.text('[role="status"]')).toContain('Receiving end does not exist.'));
  });

  it('offers no clean reload on the ATIH assistance, where the worker does not offer it, or without a tab id', () => {
    expect(
      popup({ view: tabView({ ...OFFERED, site: 'hotline' }) }).doc.querySelector('[data-action="clean-reload"]'),
    ).toBeNull();
    expect(popup({ view: tabView({ site: 'saga' }) }).doc.querySelector('[data-action="clean-reload"]')).toBeNull();
    expect(
      popup({ view: tabView(OFFERED), tabId: undefined }).doc.querySelector('[data-action="clean-reload"]'),
    ).toBeNull();
  });

  it('shows the mail link, with the exact href and no target, only when the worker offers the mail', () => {
    const { doc } = popup({
      view: tabView({ rules: ['saga-pairing-failed'], guidance: { actions: ['mail-admin'], mail: MAIL } }),
    });
    const link = doc.querySelector('a[data-action="mail-admin"]');
    expect(link?.getAttribute('href')).toBe(MAIL.href);
    expect(link?.hasAttribute('target')).toBe(false);
    const without = popup({ view: tabView({ rules: ['saga-pairing-failed'] }) }).doc;
    expect(without.querySelector('[data-action="mail-admin"]')).toBeNull();
    expect(without.querySelector('[data-action="copy-diagnostic"]')).toBeNull();
  });

  it('copies the report to the clipboard and says "Copié"', async () => {
    const { dom, doc, text } = popup({ view: tabView({ guidance: { actions: [], mail: MAIL } }) });
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(dom.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    click(doc, 'button[data-action="copy-diagnostic"]');
    expect(writeText).toHaveBeenCalledWith(MAIL.report);
    await vi.waitFor(() => expect(text('[role="status"]')).toMatch(/^Copié/));
  });

  it('says when copying failed and shows the report to copy by hand', async () => {
    const { dom, doc, text } = popup({ view: tabView({ guidance: { actions: [], mail: MAIL } }) });
    const writeText = vi.fn(async (_text: string) => Promise.reject(new Error('denied')));
    Object.defineProperty(dom.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    click(doc, 'button[data-action="copy-diagnostic"]');
    await vi.waitFor(() => expect(text('[role="status"]')).toMatch(/^Copie impossible/));
    expect((doc.querySelector('textarea') as HTMLTextAreaElement).value).toBe(MAIL.report);
  });
});

const SRC = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

describe('popup: accessibility', () => {
  it('sets the palette as custom properties of the root', () => {
    const { doc } = popup({ view: tabView() });
    for (const [name, value] of Object.entries(PALETTE)) {
      expect(doc.documentElement.style.getPropertyValue(`--${name}`)).toBe(value);
    }
  });

  it('pages.css shows focus, fits 360 px and respects reduced motion', () => {
    const css = readFileSync(SRC('ui/pages.css'), 'utf8');
    expect(css).toMatch(/button:focus-visible[^{]*\{[^}]*outline:\s*3px solid var\(--focus\)/);
    expect(css).toMatch(/a:focus-visible/);
    expect(css).toMatch(/body\.popup\s*\{[^}]*width:\s*360px/);
    const reduced = css.slice(css.search(/@media\s*\(prefers-reduced-motion:\s*reduce\)/));
    expect(reduced).toMatch(/transition:\s*none/);
    expect(reduced).toMatch(/scroll-behavior:\s*auto/);
  });

  it('uses headings and real buttons', () => {
    const { doc } = popup({
      view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: ['clean-reload'], mail: MAIL } }),
    });
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('h2').length).toBeGreaterThanOrEqual(2);
    for (const action of ['clean-reload', 'copy-diagnostic']) {
      expect(doc.querySelector(`[data-action="${action}"]`)?.tagName).toBe('BUTTON');
    }
  });
});
