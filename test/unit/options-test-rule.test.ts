// The options page's « Tester une règle », for IT: an extraRules entry checked as policy's are, or a
// message text turned into an entry, then tried against the open SAGA and PLAGE tabs.
import { describe, expect, it, vi } from 'vitest';
import { phraseOptions } from '../../src/core/message-phrases';
import type { MessageRequest } from '../../src/lib/messages';
import { typedSend } from '../../src/lib/send';
import type { TabRequest } from '../../src/lib/tab-messages';
import { typedTabSend } from '../../src/lib/tab-send';
import { draftRule, entryLine } from '../../src/lib/unknown-rule';
import { renderRuleTester, type TabInfo } from '../../src/options/options-test-rule';
import { RULES } from '../../src/rules';
import { en, EXTRA, fr, openOptions } from '../helpers/options-page';
import { plain } from '../helpers/text';
import { trustedClick } from '../helpers/trusted-event';

const TABS: TabInfo[] = [
  { id: 3, title: 'SAGA Directeurs', url: 'https://saga.cng.sante.fr/login?ticket=ST-123#top' },
  { id: 4, title: 'SAGA - accueil', url: 'https://saga.cng.sante.fr/accueil' },
  { id: 5, title: 'PLAGE', url: 'https://connect-pasrel.atih.sante.fr/profil' },
  { id: 6, title: 'SAGA (ancien onglet)', url: 'https://saga.cng.sante.fr/vieux' },
];

type AskTab = (tabId: number, req: TabRequest) => Promise<unknown>;
type Ask = (req: MessageRequest) => Promise<unknown>;

interface Setup {
  readonly tabs?: TabInfo[];
  readonly tabAnswer?: AskTab;
  readonly worker?: Ask;
  readonly t?: typeof fr;
}

// Tab 3 shows the message, tab 4 does not, tab 6 has no content script (loaded before the extension).
const ANSWERS: AskTab = async (tabId) => {
  if (tabId === 6) throw new Error('Could not establish connection. Receiving end does not exist.');
  return { matches: tabId === 3, shown: false };
};

function tester({ tabs = TABS, tabAnswer = ANSWERS, worker, t = fr }: Setup = {}) {
  const page = openOptions({ input: { t } });
  const query = vi.fn(async (_info: { url: string[] }) => tabs);
  const tabSend = vi.fn<AskTab>(tabAnswer);
  const send = vi.fn<Ask>(
    worker ??
      (async (req) => {
        // A trial shows the rule, which matches there; its end shows nothing, and matches no rule.
        const trying = (req as { rule: unknown }).rule !== null;
        return { matches: trying, shown: trying };
      }),
  );
  const input = {
    t,
    rules: RULES,
    tabs: { query },
    // The page's own senders over fake runtimes: the answers are checked as in the extension.
    tabSend: typedTabSend({ sendMessage: (tabId, message) => tabSend(tabId, message as TabRequest) }),
    send: typedSend({ sendMessage: send }),
  };
  renderRuleTester(page.doc, input);
  const run = async (pasted: string): Promise<void> => {
    (page.doc.querySelector('[data-test-rule-input]') as HTMLTextAreaElement).value = pasted;
    trustedClick(page.doc.querySelector('[data-action="test-rule"]') as Element);
    await vi.waitFor(() => expect(page.text('[data-test-status]')).toBe(plain(t('options_test_done'))));
  };
  const row = (id: number): Element | null => page.doc.querySelector(`[data-tab-id="${id}"]`);
  const matchOf = (id: number): string => plain(row(id)?.querySelector('[data-tab-match]')?.textContent);
  const lines = (selector: string): string[] =>
    [...page.doc.querySelectorAll(selector)].map((n) => plain(n.textContent));
  return { ...page, input, query, tabSend, send, run, row, matchOf, lines };
}

describe('options: test a rule', () => {
  it('adds the section below the settings, once, and again only in another language, keeping the text', () => {
    const page = tester();
    const section = page.doc.getElementById('rule-test') as HTMLElement;
    expect(page.text('#rule-test h2')).toBe('Tester une règle');
    expect(section.nextElementSibling?.id).toBe('options-status');
    const box = page.control<HTMLTextAreaElement>('[data-test-rule-input]');
    expect(page.text(`label[for="${box.id}"]`)).toBe('Entrée extraRules (JSON) ou texte du message');
    box.value = '{"id":';
    renderRuleTester(page.doc, page.input);
    expect(page.doc.getElementById('rule-test')).toBe(section);
    renderRuleTester(page.doc, { ...page.input, t: en });
    expect(page.text('#rule-test h2')).toBe('Test a rule');
    expect(page.control<HTMLTextAreaElement>('[data-test-rule-input]').value).toBe('{"id":');
    expect(page.doc.querySelectorAll('#rule-test')).toHaveLength(1);
  });

  it('says a valid entry is valid, and which open tabs of its site it matches now', async () => {
    const page = tester();
    await page.run(JSON.stringify(EXTRA));
    expect(page.doc.querySelector('[data-test-rule-valid]')).not.toBeNull();
    expect(page.doc.querySelector('[data-test-rule-problem]')).toBeNull();
    expect(page.query).toHaveBeenCalledWith({
      url: ['https://saga.cng.sante.fr/*', 'https://connect-pasrel.atih.sante.fr/*'],
    });
    const rule = { ...EXTRA, phrases: [...EXTRA.phrases], stepsFr: [...EXTRA.stepsFr] };
    expect(page.tabSend).toHaveBeenCalledWith(3, { type: 'test-rule', rule, show: false });
    // Only the tabs of the rule's site: a SAGA rule never matches PLAGE.
    expect([...page.doc.querySelectorAll('[data-tab-id]')].map((r) => r.getAttribute('data-tab-id'))).toEqual([
      '3',
      '4',
      '6',
    ]);
    await vi.waitFor(() => expect(page.matchOf(6)).toBe("ne répond pas : rechargez l'onglet"));
    expect(page.matchOf(3)).toBe('correspond');
    expect(page.matchOf(4)).toBe('ne correspond pas');
    expect([3, 4, 6].map((id) => page.row(id)?.getAttribute('data-matches'))).toEqual(['true', 'false', null]);
    // Its title and address, without the query string (a CAS ticket) or the fragment.
    expect(plain(page.row(3)?.querySelector('strong')?.textContent)).toBe('SAGA Directeurs');
    expect(plain(page.row(3)?.querySelector('[data-tab-address]')?.textContent)).toBe(
      'https://saga.cng.sante.fr/login',
    );
    expect(page.doc.querySelector('[data-test-rule-entry]')).toBeNull();
  });

  it('lists the problems of an invalid entry in the very words of policy problems, and tests the valid rest', async () => {
    const bad = [
      { id: 'Bad Id', site: 'saga' },
      { ...EXTRA, id: 'saga-first-login' },
      { ...EXTRA, site: 'intranet' },
    ];
    const policy = openOptions({ policy: { extraRules: [...bad, EXTRA] } });
    const page = tester();
    await page.run(JSON.stringify([...bad, EXTRA], null, 2));
    const problems = page.lines('[data-test-rule-problem]');
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      [...policy.doc.querySelectorAll('#policy-problems li')].map((li) => plain(li.textContent)),
    );
    expect(problems[0]).toBe(
      'extraRules : message d\'erreur ajouté mal formé — « id "Bad Id": a-z, 0-9 and -, 3 to 50 »',
    );
    expect([...page.doc.querySelectorAll('[data-test-rule]')].map((g) => g.getAttribute('data-test-rule'))).toEqual([
      'saga-maintenance',
    ]);
  });

  it('says where invalid JSON failed', async () => {
    const page = tester();
    await page.run('{\n  "id": "x",\n  "site" "saga"\n}');
    expect(page.text('[data-test-rule-problem="json"]')).toMatch(
      /^Ce n'est pas du JSON valide : erreur ligne 3, colonne 10 \(« .+ »\)\.$/,
    );
    await page.run('[{"id": "saga-x",');
    expect(page.text('[data-test-rule-problem="json"]')).toMatch(/ligne 1, colonne 18/);
    expect(page.tabSend).not.toHaveBeenCalled();
  });

  it('turns a message text into an entry per site with an open tab, and tests it there', async () => {
    const text = 'Votre compte est verrouillé. Contactez votre administrateur local.';
    const page = tester();
    await page.run(`  ${text}\n`);
    const [phrases] = phraseOptions(text);
    const saga = draftRule('saga', phrases ?? []);
    const plage = draftRule('plage', phrases ?? []);
    expect(page.lines('[data-test-rule-entry]')).toEqual([entryLine(saga), entryLine(plage)]);
    expect(page.tabSend).toHaveBeenCalledWith(3, { type: 'test-rule', rule: saga, show: false });
    expect(page.tabSend).toHaveBeenCalledWith(5, { type: 'test-rule', rule: plage, show: false });
    expect(page.doc.querySelector(`[data-test-rule="${plage.id}"] [data-tab-id="5"]`)).not.toBeNull();
  });

  it('says when no SAGA or PLAGE tab is open, with links to both', async () => {
    const page = tester({ tabs: [] });
    await page.run(JSON.stringify(EXTRA));
    expect(page.text('[data-no-tabs]')).toMatch(/^Aucun onglet SAGA ou PLAGE n'est ouvert/);
    expect([...page.doc.querySelectorAll('#rule-test a[data-site]')].map((a) => a.getAttribute('href'))).toEqual([
      'https://saga.cng.sante.fr/',
      'https://connect-pasrel.atih.sante.fr/',
    ]);
  });

  it('asks for something to test when the box is empty, and for a shorter text when no phrase fits', async () => {
    const page = tester();
    await page.run('   ');
    expect(page.text('#rule-test-result')).toBe(plain(fr('options_test_empty')));
    await page.run(`${'mot '.repeat(60)}`.replace(/ /g, ''));
    expect(page.text('[data-test-rule-problem="phrases"]')).toBe(plain(fr('options_test_no_phrase')));
    expect(page.query).not.toHaveBeenCalled();
  });

  it('tries the rule on a tab through the worker, and stops the trial', async () => {
    const page = tester();
    await page.run(JSON.stringify(EXTRA));
    await vi.waitFor(() => expect(page.matchOf(4)).toBe('ne correspond pas'));
    trustedClick(page.row(4)?.querySelector('[data-action="try-rule"]') as Element);
    const rule = { ...EXTRA, phrases: [...EXTRA.phrases], stepsFr: [...EXTRA.stepsFr] };
    expect(page.send).toHaveBeenLastCalledWith({ type: 'trial-rule', tabId: 4, rule });
    await vi.waitFor(() =>
      expect(plain(page.row(4)?.querySelector('[data-trial]')?.textContent)).toMatch(/^Essai en cours/),
    );
    expect(page.matchOf(4)).toBe('correspond');
    trustedClick(page.row(4)?.querySelector('[data-action="stop-trial"]') as Element);
    expect(page.send).toHaveBeenLastCalledWith({ type: 'trial-rule', tabId: 4, rule: null });
    await vi.waitFor(() =>
      expect(plain(page.row(4)?.querySelector('[data-trial]')?.textContent)).toBe('Essai arrêté.'),
    );
    // The worker's answer to the end of a trial speaks of no rule: the row keeps the test's answer.
    expect(page.matchOf(4)).toBe('correspond');
  });

  it("says when the worker did not start the trial, and acts on a person's click only", async () => {
    const page = tester({ worker: () => Promise.reject(new Error('no worker')) });
    await page.run(JSON.stringify(EXTRA));
    (page.row(3)?.querySelector('[data-action="try-rule"]') as HTMLButtonElement).click();
    expect(page.send).not.toHaveBeenCalled();
    trustedClick(page.row(3)?.querySelector('[data-action="try-rule"]') as Element);
    await vi.waitFor(() =>
      expect(plain(page.row(3)?.querySelector('[data-trial]')?.textContent)).toBe(
        plain(fr('options_test_trial_failed')),
      ),
    );
  });

  it('shows a trial already running on a tab', async () => {
    const page = tester({ tabAnswer: async () => ({ matches: true, shown: true }) });
    await page.run(JSON.stringify(EXTRA));
    await vi.waitFor(() =>
      expect(plain(page.row(3)?.querySelector('[data-trial]')?.textContent)).toMatch(/^Essai en cours/),
    );
  });

  it('speaks English, and keeps ids unique, controls labelled and descriptions pointing at real ids', async () => {
    const page = tester({ t: en });
    await page.run(JSON.stringify(EXTRA));
    await vi.waitFor(() => expect(page.matchOf(3)).toBe('matches'));
    expect(page.matchOf(4)).toBe('does not match');
    expect(page.text('[data-test-rule-valid]')).toMatch(/^Valid: /);
    expect(page.text('[data-tab-id="3"] [data-action="try-rule"]')).toBe('Try on this tab');
    const ids = [...page.doc.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of page.doc.querySelectorAll('#rule-test [aria-describedby]')) {
      for (const id of node.getAttribute('aria-describedby')?.split(' ') ?? [])
        expect(page.doc.getElementById(id), id).not.toBeNull();
    }
    for (const button of page.doc.querySelectorAll('#rule-test button'))
      expect(button.getAttribute('type')).toBe('button');
  });
});
