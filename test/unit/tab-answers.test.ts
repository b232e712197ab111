import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { TabHost } from '../../src/content/panel-api';
import * as panelModule from '../../src/content/panel/index';
import { TAB_HANDLERS, type TabHandlers } from '../../src/content/panel/tab-answers';
import type { ExtraRule } from '../../src/lib/settings';
import type { MessagePick, RuleTest } from '../../src/lib/tab-messages';
import { parseTabRequest, TAB_REQUEST_PARSERS, type TabRequestParsers } from '../../src/lib/tab-parsers';
import { TAB_REPLY_CHECKS } from '../../src/lib/tab-send';
import { draftRule } from '../../src/lib/unknown-rule';

// Issue 14, items 1 and 4: what the popup and the options page ask of a tab, answered by the panel
// module from the page as it is now, with the recognition the content script uses.
const FILLER =
  '<p>Les postes vacants sont publiés chaque semaine dans l’onglet Postes de votre espace personnel.</p>'.repeat(6);
const MESSAGE = 'Le dépôt de votre dossier de candidature a été interrompu par le serveur.';

function tab(
  body: string,
  url = 'https://saga.cng.sante.fr/dossier?ticket=ST-1234-secret#haut',
): TabHost & {
  trials: (readonly ExtraRule[])[];
} {
  const win = new JSDOM(`<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`, { url, pretendToBeVisual: true })
    .window as unknown as Window;
  const trials: (readonly ExtraRule[])[] = [];
  return {
    doc: win.document,
    win,
    site: 'saga',
    owns: () => false,
    trial: (rules) => void trials.push(rules),
    trials,
  };
}
const pick = async (host: TabHost): Promise<MessagePick> =>
  (await panelModule.answer({ type: 'pick-messages' }, host)) as MessagePick;
const test = async (host: TabHost, rule: unknown, show: boolean): Promise<RuleTest> =>
  (await panelModule.answer({ type: 'test-rule', rule, show }, host)) as RuleTest;
const rule = (phrases: string[], site: ExtraRule['site'] = 'saga'): ExtraRule => draftRule(site, phrases);

describe('tab messages: parsed first, answered only when well formed', () => {
  it.each([
    null,
    'pick-messages',
    42,
    {},
    { type: 'unknown' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'test-rule' },
    { type: 'test-rule', rule: null },
    { type: 'test-rule', rule: null, show: 'yes' },
    { type: 'test-rule', rule: 'saga-x', show: true },
    { type: 'test-rule', show: true },
  ])('%j gets no answer', async (message) => {
    expect(parseTabRequest(message)).toBeNull();
    expect(await panelModule.answer(message, tab(''))).toBeUndefined();
  });

  it('a rule policy would refuse is tried as none (it matches nothing)', () => {
    expect(parseTabRequest({ type: 'test-rule', rule: { ...rule([MESSAGE]), id: 'X' }, show: false })).toEqual({
      type: 'test-rule',
      rule: null,
      show: false,
    });
    // A built-in rule's id is taken.
    expect(
      parseTabRequest({ type: 'test-rule', rule: { ...rule([MESSAGE]), id: 'saga-rights-invalid' }, show: true }),
    ).toEqual({ type: 'test-rule', rule: null, show: true });
    expect(parseTabRequest({ type: 'test-rule', rule: { ...rule([MESSAGE]), extra: 1 }, show: true })).toEqual({
      type: 'test-rule',
      rule: rule([MESSAGE]),
      show: true,
    });
  });

  it('does not compile a table of parsers or handlers that misses a type', () => {
    // @ts-expect-error: 'test-rule' has no parser
    const parsers: TabRequestParsers = { 'pick-messages': TAB_REQUEST_PARSERS['pick-messages'] };
    // @ts-expect-error: 'pick-messages' has no handler
    const handlers: TabHandlers = { 'test-rule': TAB_HANDLERS['test-rule'] };
    expect(Object.keys({ ...parsers, ...handlers })).toHaveLength(2);
  });
});

describe('pick-messages', () => {
  it('answers what the popup checks: the site, the address without query or fragment, the candidates', async () => {
    const answer = await pick(tab(`${FILLER}<div class="alert alert-danger">${MESSAGE}</div>`));
    expect(TAB_REPLY_CHECKS['pick-messages'](answer)).toBe(true);
    expect(answer.site).toBe('saga');
    expect(answer.url).toBe('https://saga.cng.sante.fr/dossier');
    expect(answer.candidates[0]).toEqual({
      text: MESSAGE,
      phrases: [MESSAGE.slice(0, -1)],
      verified: true,
      source: 'alert',
    });
  });

  it('offers the selection first, once', async () => {
    const host = tab(
      `<div class="alert alert-danger">${MESSAGE}</div><p id="p">Le serveur de fichiers ne répond plus.</p>`,
    );
    const text = host.doc.getElementById('p')?.firstChild as Text;
    host.doc.getSelection()?.selectAllChildren(text.parentNode as Node);
    const answer = await pick(host);
    expect(answer.candidates.map((c) => [c.source, c.text])).toEqual([
      ['selection', 'Le serveur de fichiers ne répond plus.'],
      ['alert', MESSAGE],
    ]);
  });

  it('verified only where the rule finds the message itself, not the same words elsewhere', async () => {
    // The first block's sentence keeps a date and a time besides the phrase: too many other words for a
    // sentence standing alone. The rule of its phrases matches the page, at the second block only.
    const host = tab(`<p>Le 12/03/2025 à 14h32 : ${MESSAGE}</p>${FILLER}<p>${MESSAGE}</p>`);
    const { candidates } = await pick(host);
    const [dated, plain] = [candidates[0], candidates.find((c) => c.text === MESSAGE)];
    expect(dated?.phrases).toEqual([MESSAGE.slice(0, -1)]);
    expect(plain?.phrases).toEqual([MESSAGE.slice(0, -1)]);
    expect([dated?.verified, plain?.verified]).toEqual([false, true]);
  });

  it('a message no rule of its phrases can find is offered unverified, with its first phrases', async () => {
    // A date left out of the phrase stays in the sentence: outside an error box, too many other words.
    const answer = await pick(
      tab(`${FILLER}<p>Le service de dépôt sera fermé du 12/03/2025 au 14/03/2025 inclus.</p>`),
    );
    const offered = answer.candidates.find((c) => c.text.startsWith('Le service'));
    expect(offered).toEqual({
      text: 'Le service de dépôt sera fermé du 12/03/2025 au 14/03/2025 inclus.',
      phrases: ['Le service de dépôt sera fermé du'],
      verified: false,
      source: 'block',
    });
  });

  it('answers an empty list on a page with nothing to offer', async () => {
    expect((await pick(tab('<nav><a href="/">Accueil</a></nav>'))).candidates).toEqual([]);
  });
});

describe('test-rule', () => {
  const page = `${FILLER}<div role="alert">${MESSAGE}</div>`;

  it('says whether a rule matches the page now, without showing it', async () => {
    const host = tab(page);
    expect(await test(host, rule([MESSAGE]), false)).toEqual({ matches: true, shown: false });
    expect(await test(host, rule(['Le serveur de fichiers ne répond plus']), false)).toEqual({
      matches: false,
      shown: false,
    });
    // A rule of PLAGE, on a SAGA page.
    expect(await test(host, rule([MESSAGE], 'plage'), false)).toEqual({ matches: false, shown: false });
    // Quoted, in help: text about the message, not the message.
    expect(await test(tab(`${FILLER}<p>Le message « ${MESSAGE} » disparaît.</p>`), rule([MESSAGE]), false)).toEqual({
      matches: false,
      shown: false,
    });
    expect(host.trials).toEqual([]);
  });

  it('with show, tries the rule on the page (the checked rule), or ends the trial', async () => {
    const host = tab(page);
    const tried = { ...rule([MESSAGE]), stepsEn: undefined };
    expect(await test(host, rule([MESSAGE]), true)).toEqual({ matches: true, shown: true });
    expect(await test(host, null, true)).toEqual({ matches: false, shown: true });
    expect(await test(host, { ...rule([MESSAGE]), phrases: [] }, true)).toEqual({ matches: false, shown: true });
    expect(host.trials).toEqual([[rule([MESSAGE])], [], []]);
    expect(TAB_REPLY_CHECKS['test-rule'](await test(host, tried, false))).toBe(true);
  });
});
