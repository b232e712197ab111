// The toolbar popup's « Signaler un message que SAGA Helper ne reconnaît pas »: from the toolbar button
// to the mail in three clicks, with exactly the worker's text shown, and every failure said plainly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { MessageRequest, TabView, UnknownReport } from '../../src/lib/messages';
import { typedSend } from '../../src/lib/send';
import type { MessageCandidate, MessagePick, TabRequest } from '../../src/lib/tab-messages';
import { typedTabSend } from '../../src/lib/tab-send';
import { draftRule, entryLine } from '../../src/lib/unknown-rule';
import { renderPopup, type PopupInput } from '../../src/popup/popup-view';
import { en, fr, HELP, tabView } from '../helpers/popup-page';
import { plain } from '../helpers/text';
import { trustedClick } from '../helpers/trusted-event';

const candidate = (text: string, over: Partial<MessageCandidate> = {}): MessageCandidate => ({
  text,
  phrases: [text],
  verified: true,
  source: 'alert',
  ...over,
});
const FIRST = candidate('Erreur 4012 : session expirée, veuillez recommencer.');
const SECOND = candidate('Le service est momentanément indisponible.', { source: 'block', verified: false });
const PICK: MessagePick = { site: 'saga', url: 'https://saga.cng.sante.fr/login', candidates: [FIRST, SECOND] };

/** The worker's report for a candidate: its text in the body, so each preview says which it is. */
function reportOf(text: string): UnknownReport {
  const rule = draftRule('saga', [text]);
  const body = `Message : ${text}\nPage : https://saga.cng.sante.fr/login\n\n${entryLine(rule)}`;
  return {
    to: 'cng-saga@sante.gouv.fr',
    href: `mailto:cng-saga@sante.gouv.fr?subject=SAGA&body=${encodeURIComponent(body)}`,
    body,
    rule,
    entry: entryLine(rule),
  };
}

type Ask = (req: MessageRequest) => Promise<unknown>;
type AskTab = (tabId: number, req: TabRequest) => Promise<unknown>;

interface Setup {
  readonly view?: TabView | null;
  readonly tabUrl?: string;
  readonly pick?: AskTab;
  readonly worker?: Ask;
  readonly input?: Partial<PopupInput>;
}

interface Opened {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly send: ReturnType<typeof vi.fn<Ask>>;
  readonly tabSend: ReturnType<typeof vi.fn<AskTab>>;
  text(selector: string): string;
  preview(): HTMLTextAreaElement;
  mail(): HTMLAnchorElement | null;
  press(selector: string): boolean;
}

function open(setup: Setup = {}): Opened {
  const { view = tabView(), tabUrl = 'https://saga.cng.sante.fr/login', pick, worker, input } = setup;
  const dom = new JSDOM('<main></main>');
  const doc = dom.window.document;
  const send = vi.fn<Ask>(worker ?? (async (req) => reportOf((req as { text: string }).text)));
  const tabSend = vi.fn<AskTab>(pick ?? (async () => PICK));
  renderPopup(doc, {
    tabId: 12,
    tabUrl,
    view,
    t: fr,
    // The popup's own senders over fake runtimes: the answers are checked as in the extension.
    send: typedSend({ sendMessage: send }),
    tabSend: typedTabSend({ sendMessage: (tabId, message) => tabSend(tabId, message as TabRequest) }),
    helpUrl: HELP,
    ...input,
  });
  const text = (selector: string): string => plain(doc.querySelector(selector)?.textContent);
  const preview = (): HTMLTextAreaElement => doc.querySelector('[data-report-preview]') as HTMLTextAreaElement;
  const mail = (): HTMLAnchorElement | null => doc.querySelector('a[data-action="report-mail"]');
  const press = (selector: string): boolean => trustedClick(doc.querySelector(selector) as Element);
  return { dom, doc, send, tabSend, text, preview, mail, press };
}

describe('popup: report an unknown message', () => {
  it('reaches the mail in three clicks: the toolbar button, « Signaler… », then the mail link', async () => {
    const clicks = ['toolbar button'];
    const page = open();
    const button = page.doc.querySelector('button[data-action="report-unknown"]') as HTMLButtonElement;
    expect(plain(button.textContent)).toBe('Signaler un message que SAGA Helper ne reconnaît pas');
    expect(button.type).toBe('button');
    clicks.push('report-unknown');
    page.press('button[data-action="report-unknown"]');
    expect(page.tabSend).toHaveBeenCalledWith(12, { type: 'pick-messages' });
    await vi.waitFor(() => expect(page.mail()?.getAttribute('href')).toBe(reportOf(FIRST.text).href));
    // The first message is chosen, and its report asked of the worker at once.
    const radios = [...page.doc.querySelectorAll<HTMLInputElement>('input[name="report-candidate"]')];
    expect(radios.map((r) => [r.checked, r.dataset.source])).toEqual([
      [true, 'alert'],
      [false, 'block'],
    ]);
    expect(page.send.mock.calls[0]?.[0]).toEqual({
      type: 'unknown-report',
      site: 'saga',
      url: PICK.url,
      text: FIRST.text,
      phrases: FIRST.phrases,
      verified: true,
    });
    expect(page.preview().value).toBe(reportOf(FIRST.text).body);
    expect(page.text('[data-report-to]')).toBe('cng-saga@sante.gouv.fr');
    expect(page.mail()?.hasAttribute('target')).toBe(false);
    // The third click follows the link (jsdom cannot open a mail program: the navigation is stopped here).
    let followed: EventTarget | null = null;
    page.doc.addEventListener('click', (event) => {
      followed = event.target;
      event.preventDefault();
    });
    clicks.push('report-mail');
    page.press('a[data-action="report-mail"]');
    expect(followed).toBe(page.mail());
    expect(clicks).toHaveLength(3);
  });

  it('changing the message asks the worker again and updates the preview and the link', async () => {
    const page = open();
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.preview().value).toBe(reportOf(FIRST.text).body));
    expect(page.doc.querySelector('[data-report-unverified]')?.hasAttribute('hidden')).toBe(true);
    const second = page.doc.getElementById('report-candidate-1') as HTMLInputElement;
    second.checked = true;
    second.dispatchEvent(new page.dom.window.Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(page.mail()?.getAttribute('href')).toBe(reportOf(SECOND.text).href));
    expect(page.preview().value).toBe(reportOf(SECOND.text).body);
    expect(page.send).toHaveBeenLastCalledWith(expect.objectContaining({ text: SECOND.text, verified: false }));
    // Its rule could not be checked on the page: a note says so.
    expect(page.doc.querySelector('[data-report-unverified]')?.hasAttribute('hidden')).toBe(false);
  });

  it('ignores an answer that arrives after the answer to a later choice', async () => {
    let late: (report: UnknownReport) => void = () => undefined;
    const page = open({
      worker: (req) =>
        (req as { text: string }).text === FIRST.text
          ? new Promise((resolve) => (late = resolve))
          : Promise.resolve(reportOf(SECOND.text)),
    });
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.send).toHaveBeenCalledTimes(1));
    expect(page.mail()?.hasAttribute('href')).toBe(false);
    const second = page.doc.getElementById('report-candidate-1') as HTMLInputElement;
    second.checked = true;
    second.dispatchEvent(new page.dom.window.Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(page.preview().value).toBe(reportOf(SECOND.text).body));
    late(reportOf(FIRST.text));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(page.preview().value).toBe(reportOf(SECOND.text).body);
    expect(page.mail()?.getAttribute('href')).toBe(reportOf(SECOND.text).href);
  });

  it.each<[string, AskTab, string]>([
    ['no candidate', async () => ({ ...PICK, candidates: [] }), 'popup_report_none'],
    [
      'a tab that does not answer',
      () => Promise.reject(new Error('Receiving end does not exist.')),
      'popup_report_no_answer',
    ],
    ['an answer of the wrong shape', async () => undefined, 'popup_report_no_answer'],
  ])('says what to do on %s', async (_case, pick, key) => {
    const page = open({ pick });
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.text('[data-report-status]')).toBe(plain(fr(key))));
    expect(page.doc.querySelector('[data-report-preview], input[name="report-candidate"]')).toBeNull();
    expect((page.doc.querySelector('[data-action="report-unknown"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it.each<[string, Ask]>([
    ['does not answer', () => Promise.reject(new Error('Could not establish connection.'))],
    ['gives no report', async () => undefined],
    ['gives a link that is not a mail', async () => ({ ...reportOf(FIRST.text), href: 'https://evil.example/' })],
  ])('says so when the worker %s, and shows no link', async (_case, worker) => {
    const page = open({ worker });
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.text('[data-report-status]')).toBe(plain(fr('popup_report_worker_silent'))));
    expect(page.mail()?.hasAttribute('href') ?? false).toBe(false);
    expect(page.doc.querySelector('.report-preview')?.hasAttribute('hidden')).toBe(true);
  });

  it('keeps markup from the page as text, shortens long labels only, and marks the selection', async () => {
    const markup = '<img src=x onerror="alert(1)"><b>Erreur</b> '.repeat(5).trim();
    const long = `${'Votre demande ne peut aboutir '.repeat(6)}fin`;
    const pick = { ...PICK, candidates: [candidate(markup, { source: 'selection' }), candidate(long)] };
    const page = open({ pick: async () => pick, worker: async () => ({ ...reportOf(markup), body: markup }) });
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.preview().value).toBe(markup));
    expect(page.doc.querySelector('img, b')).toBeNull();
    const labels = [...page.doc.querySelectorAll('.report-candidates label')].map((l) => l.textContent ?? '');
    expect(plain(labels[0])).toMatch(/^Votre sélection : <img src=x/);
    expect(labels[1]?.length).toBeLessThanOrEqual(120);
    expect(labels[1]?.endsWith('…')).toBe(true);
    expect(page.send).toHaveBeenCalledWith(expect.objectContaining({ text: markup }));
  });

  it('copies exactly the body, or selects it in the read-only box when the clipboard refuses', async () => {
    const page = open();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(page.dom.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.mail()).not.toBeNull());
    page.press('button[data-action="report-copy"]');
    expect(writeText).toHaveBeenCalledWith(reportOf(FIRST.text).body);
    await vi.waitFor(() => expect(page.text('[data-report-status]')).toMatch(/^Copié/));
    writeText.mockRejectedValueOnce(new Error('denied'));
    page.press('button[data-action="report-copy"]');
    await vi.waitFor(() => expect(page.text('[data-report-status]')).toMatch(/^Copie impossible/));
    expect(page.doc.activeElement).toBe(page.preview());
    expect(page.preview().hasAttribute('readonly')).toBe(true);
  });

  it("acts on a person's click only", () => {
    const page = open();
    (page.doc.querySelector('[data-action="report-unknown"]') as HTMLButtonElement).click();
    expect(page.tabSend).not.toHaveBeenCalled();
  });
});

describe('popup: where the report is offered', () => {
  const offered = (setup: Setup): boolean => open(setup).doc.querySelector('[data-action="report-unknown"]') !== null;

  it('on SAGA, PLAGE and the ATIH assistance, and where the tab URL is unknown', () => {
    expect(offered({})).toBe(true);
    expect(offered({ tabUrl: 'https://connect-pasrel.atih.sante.fr/profil', view: tabView({ site: null }) })).toBe(
      true,
    );
    expect(offered({ tabUrl: undefined, view: tabView({ site: 'hotline' }) })).toBe(true);
    expect(offered({ tabUrl: undefined, view: tabView({ site: null }) })).toBe(true);
  });

  it('not on another site, not when the site could not be reached, not without a tab', () => {
    expect(offered({ tabUrl: 'https://www.example.org/', view: tabView({ site: null }) })).toBe(false);
    const network = { code: 'net::ERR_NAME_NOT_RESOLVED', url: 'https://saga.cng.sante.fr/', at: 1 };
    expect(offered({ view: tabView({ site: null, rules: ['network-unreachable'], network }) })).toBe(false);
    expect(offered({ input: { tabId: undefined } })).toBe(false);
    expect(offered({ input: { tabSend: undefined } })).toBe(false);
  });

  it("says « ce n'est pas mon problème » when the tab shows a rule", () => {
    const page = open({ view: tabView({ rules: ['saga-rights-invalid'] }) });
    expect(page.text('[data-action="report-unknown"]')).toBe("Ce n'est pas mon problème : signaler un autre message");
  });

  it('speaks English with the English messages', async () => {
    const page = open({ input: { t: en }, pick: async () => ({ ...PICK, candidates: [] }) });
    expect(page.text('[data-action="report-unknown"]')).toBe('Report a message SAGA Helper does not recognise');
    expect(page.text('#report-heading')).toBe('Report a message');
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.text('[data-report-status]')).toMatch(/^No message found on this page/));
  });
});

describe('popup: the report view for assistive technology', () => {
  it('groups the messages in a fieldset with a legend, labels every control, describes the button', async () => {
    const page = open();
    page.press('[data-action="report-unknown"]');
    await vi.waitFor(() => expect(page.mail()?.hasAttribute('href')).toBe(true));
    const fieldset = page.doc.querySelector('fieldset') as HTMLFieldSetElement;
    expect(fieldset.firstElementChild?.tagName).toBe('LEGEND');
    expect(plain(fieldset.firstElementChild?.textContent)).toBe('Quel message voulez-vous signaler ?');
    for (const control of page.doc.querySelectorAll('input, textarea')) {
      expect(plain(page.doc.querySelector(`label[for="${control.id}"]`)?.textContent), control.id).not.toBe('');
    }
    for (const node of page.doc.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
      const ids = `${node.getAttribute('aria-describedby') ?? ''} ${node.getAttribute('aria-labelledby') ?? ''}`;
      for (const id of ids.trim().split(/\s+/)) expect(page.doc.getElementById(id), id).not.toBeNull();
    }
    const ids = [...page.doc.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.preview().tabIndex).toBe(0);
    expect(page.doc.querySelector('[data-report-status]')?.getAttribute('role')).toBe('status');
  });

  it('builds its nodes with textContent only', () => {
    for (const file of ['popup/popup-report.ts', 'popup/popup-report-view.ts']) {
      const source = readFileSync(fileURLToPath(new URL(`../../src/${file}`, import.meta.url)), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser/);
    }
  });
});
