import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { PALETTE } from '../../src/ui/palette';
import { SITE_URLS } from '../../src/core/sites';
import type { MessageRequest, TabView } from '../../src/lib/messages';
import { asTabView, renderPopup, type PopupInput } from '../../src/popup/popup-view';
import { getMessageFrom, loadMessages } from '../helpers/messages';

const fr = getMessageFrom(loadMessages('fr'));
const en = getMessageFrom(loadMessages('en'));
const HELP = 'chrome-extension://abcdefghijklmnop/help.html';
const MAIL = {
  href: 'mailto:cng-saga@sante.gouv.fr?subject=SAGA%20Directeurs&body=Bonjour',
  report: 'Rapport SAGA Helper\nPage : https://saga.cng.sante.fr/',
};

// French typography puts no-break spaces inside « » and before « : »; compare with plain spaces.
const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function tabView(over: Partial<TabView> = {}): TabView {
  return { site: 'saga', rules: [], guidance: { actions: [] }, ...over };
}

interface Shown {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly send: ReturnType<typeof vi.fn<(req: MessageRequest) => Promise<unknown>>>;
  text(selector: string): string;
}

function popup(
  input: Partial<PopupInput> & Pick<PopupInput, 'view'>,
  answer?: (req: MessageRequest) => Promise<unknown>,
): Shown {
  const dom = new JSDOM('<main></main>');
  const doc = dom.window.document;
  const send = vi.fn<(req: MessageRequest) => Promise<unknown>>(answer ?? (async () => undefined));
  renderPopup(doc, { tabId: 12, t: fr, send, helpUrl: HELP, ...input });
  return { dom, doc, send, text: (selector) => plain(doc.querySelector(selector)?.textContent) };
}

const click = (doc: Document, selector: string): void => (doc.querySelector(selector) as HTMLElement).click();

describe('popup: what the active tab shows', () => {
  it('says there is no known problem on a SAGA page without any, in French, with its links', () => {
    const { doc, text } = popup({ view: tabView(), tabUrl: 'https://saga.cng.sante.fr/' });
    expect(doc.documentElement.lang).toBe('fr');
    expect(text('h1')).toBe('SAGA Helper');
    expect(text('[data-state="no-problem"]')).toBe('Aucun problème connu sur cette page.');
    expect(doc.querySelector('[data-rule]')).toBeNull();
    for (const [action, href] of [
      ['open-plage-profiles', SITE_URLS.plage],
      ['open-hotline', SITE_URLS.hotline],
      ['open-help', HELP],
    ]) {
      const link = doc.querySelector(`a[data-action="${action}"]`);
      expect(link?.getAttribute('href')).toBe(href);
      expect(link?.getAttribute('target')).toBe('_blank');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows the rights error and the procedure step: "Étape 2 sur 4 : …"', () => {
    const procedure = { step: 2, total: 4, label: 'rule_saga_rights_invalid_step1' };
    const { doc, text } = popup({
      view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: [], procedure } }),
    });
    const section = doc.querySelector('[data-rule="saga-rights-invalid"]');
    expect(plain(section?.querySelector('h3')?.textContent)).toBe(
      "Votre identifiant PLAGE n'est pas « Actif » pour SAGA Directeurs",
    );
    expect(section?.querySelectorAll('ol li')).toHaveLength(4);
    expect(section?.classList.contains('error')).toBe(true);
    expect(text('[data-procedure]')).toMatch(/^Étape 2 sur 4 : Vérifiez sur PLAGE/);
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
  });

  it('speaks English with the English messages', () => {
    const procedure = { step: 2, total: 4, label: 'rule_saga_rights_invalid_step1' };
    const { doc, text } = popup({
      t: en,
      view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: [], procedure } }),
    });
    expect(doc.documentElement.lang).toBe('en');
    expect(text('h3')).toContain('Your PLAGE identifier is not');
    expect(text('[data-procedure]')).toMatch(/^Step 2 of 4: /);
    expect(popup({ t: en, view: tabView() }).text('[data-state="no-problem"]')).toBe('No known problem on this page.');
  });

  it('shows only the highest-priority rule, with the Edge advice folded in as the panel does', () => {
    const { doc } = popup({
      view: tabView({ rules: ['browser-not-recommended', 'saga-first-login', 'saga-rights-invalid'] }),
    });
    const sections = doc.querySelectorAll('[data-rule]');
    expect([...sections].map((s) => s.getAttribute('data-rule'))).toEqual(['saga-rights-invalid']);
    const steps = [...(sections[0]?.querySelectorAll('li') ?? [])].map((li) => plain(li.textContent));
    expect(steps).toHaveLength(5);
    expect(steps[4]).toContain('Microsoft Edge');
  });

  it('shows the Edge advice alone when nothing else matched', () => {
    const { doc } = popup({ view: tabView({ rules: ['browser-not-recommended'] }) });
    expect(doc.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('browser-not-recommended');
  });

  it('leaves out a step that needs a page parameter the tab state does not carry', () => {
    const { doc } = popup({ view: tabView({ site: 'plage', rules: ['plage-profile-inactive'] }) });
    const steps = [...doc.querySelectorAll('[data-rule="plage-profile-inactive"] li')].map((li) =>
      plain(li.textContent),
    );
    expect(steps).toHaveLength(2);
    expect(steps.join(' ')).not.toMatch(/« »/);
  });

  it("quotes the profile's state as the page showed it, when the worker has it", () => {
    const { doc } = popup({
      view: tabView({ site: 'plage', rules: ['plage-profile-inactive'], params: ['Suspendu'] }),
    });
    const steps = [...doc.querySelectorAll('[data-rule="plage-profile-inactive"] li')].map((li) =>
      plain(li.textContent),
    );
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('« Suspendu »');
  });

  it('offers the SAGA link of a rule that has one', () => {
    const { doc } = popup({ view: tabView({ site: 'plage', rules: ['plage-profile-active'] }) });
    expect(
      doc.querySelector('[data-rule="plage-profile-active"] a[data-action="open-saga"]')?.getAttribute('href'),
    ).toBe(SITE_URLS.saga);
  });

  it('explains an unreachable SAGA: causes, error code, host and steps', () => {
    const network = { code: 'net::ERR_CONNECTION_REFUSED', url: 'https://saga.cng.sante.fr/login', at: 1 };
    const { doc, text } = popup({ view: tabView({ site: null, rules: ['network-unreachable'], network }) });
    const section = doc.querySelector('[data-rule="network-unreachable"]');
    expect(plain(section?.querySelector('h3')?.textContent)).toBe('Impossible de joindre saga.cng.sante.fr');
    expect(plain(section?.textContent)).toMatch(/proxy/);
    expect(text('[data-network-code]')).toBe('net::ERR_CONNECTION_REFUSED');
    expect(text('[data-network-host]')).toBe('saga.cng.sante.fr');
    expect(section?.querySelectorAll('ol li')).toHaveLength(4);
    // The host tells the site: not "another site", and a clean reload is offered.
    expect(doc.querySelector('.not-saga, [data-state="no-problem"]')).toBeNull();
    expect(doc.querySelector('button[data-action="clean-reload"]')).not.toBeNull();
  });

  it('says SAGA Helper works on SAGA, PLAGE and the ATIH assistance on any other tab', () => {
    const { doc, text } = popup({ view: tabView({ site: null }), tabUrl: 'https://www.example.org/' });
    expect(text('.not-saga p')).toContain('SAGA Helper agit sur les pages de SAGA Directeurs');
    const links = [...doc.querySelectorAll('.not-saga a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([SITE_URLS.saga, SITE_URLS.plage, SITE_URLS.hotline]);
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
    expect(doc.querySelector('[data-action="clean-reload"]')).toBeNull();
  });

  it('says only "no known problem" when neither the worker nor the tab URL names the site', () => {
    const { doc, text } = popup({ view: tabView({ site: null }) });
    expect(text('[data-state="no-problem"]')).toBe('Aucun problème connu sur cette page.');
    expect(doc.querySelector('.not-saga')).toBeNull();
  });

  it('takes the site from the tab URL when the worker names none (no rule reported yet)', () => {
    const { doc } = popup({ view: tabView({ site: null }), tabUrl: 'https://connect-pasrel.atih.sante.fr/profil' });
    expect(doc.querySelector('.not-saga')).toBeNull();
    expect(doc.querySelector('button[data-action="clean-reload"]')).not.toBeNull();
  });

  it('says so clearly when the worker does not answer, and keeps the links', () => {
    const { doc, text } = popup({ view: null, tabUrl: 'https://saga.cng.sante.fr/' });
    expect(text('[data-state="unreachable"]')).toContain("SAGA Helper n'a pas pu lire l'état de cet onglet");
    expect(doc.querySelector('[data-state="no-problem"]')).toBeNull();
    for (const action of ['open-plage-profiles', 'open-hotline', 'open-help']) {
      expect(doc.querySelector(`a[data-action="${action}"]`)).not.toBeNull();
    }
  });

  it('accepts only a TabView-shaped answer from the worker', () => {
    expect(asTabView(undefined)).toBeNull();
    expect(asTabView({ rules: 'x', guidance: {} })).toBeNull();
    expect(asTabView(tabView())).toEqual(tabView());
  });
});

describe('popup: actions', () => {
  it('clean reload asks the worker for this tab and shows how many cookies were removed', async () => {
    const { doc, send, text } = popup({ view: tabView() }, async () => ({ ok: true, at: 1, cookiesRemoved: 3 }));
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
    const failed = popup({ view: tabView({ site: 'plage' }) }, async () => ({
      ok: false,
      at: 1,
      cookiesRemoved: 0,
      error: 'No tab with id 12',
    }));
    click(failed.doc, '[data-action="clean-reload"]');
    await vi.waitFor(() =>
      expect(failed.text('[role="status"]')).toBe('Le rechargement propre a échoué : No tab with id 12'),
    );
    const gone = popup({ view: tabView() }, () => Promise.reject(new Error('Receiving end does not exist.')));
    click(gone.doc, '[data-action="clean-reload"]');
    await vi.waitFor(() => expect(gone.text('[role="status"]')).toContain('Receiving end does not exist.'));
  });

  it('offers no clean reload on the ATIH assistance, or without a tab id', () => {
    expect(popup({ view: tabView({ site: 'hotline' }) }).doc.querySelector('[data-action="clean-reload"]')).toBeNull();
    expect(popup({ view: tabView(), tabId: undefined }).doc.querySelector('[data-action="clean-reload"]')).toBeNull();
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

describe('popup and help: accessibility and safety of the source', () => {
  it('never builds HTML from strings in src/popup and src/help', () => {
    for (const dir of ['popup', 'help']) {
      for (const file of readdirSync(SRC(dir)).filter((f) => f.endsWith('.ts'))) {
        const code = readFileSync(SRC(`${dir}/${file}`), 'utf8');
        expect(code, file).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML\s*=|document\.write/);
      }
    }
  });

  it('popup.html declares its charset, a <main>, the stylesheet and popup.js, and no inline script', () => {
    const html = readFileSync(SRC('popup/popup.html'), 'utf8');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('pages.css');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['popup.js']);
    expect(scripts.every((s) => s.textContent?.trim() === '')).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('draws with the palette: custom properties on the root, only palette names in pages.css', () => {
    const { doc } = popup({ view: tabView() });
    for (const [name, value] of Object.entries(PALETTE)) {
      expect(doc.documentElement.style.getPropertyValue(`--${name}`)).toBe(value);
    }
    const css = readFileSync(SRC('ui/pages.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const used = new Set([...css.matchAll(/var\(\s*--([A-Za-z0-9_-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !((name as string) in PALETTE) && name !== 'kind')).toEqual([]);
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(/i);
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
    const { doc } = popup({ view: tabView({ rules: ['saga-rights-invalid'], guidance: { actions: [], mail: MAIL } }) });
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('h2').length).toBeGreaterThanOrEqual(2);
    for (const action of ['clean-reload', 'copy-diagnostic']) {
      expect(doc.querySelector(`[data-action="${action}"]`)?.tagName).toBe('BUTTON');
    }
  });
});
