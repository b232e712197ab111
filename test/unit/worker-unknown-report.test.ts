// The report of a message SAGA Helper does not know: written by the worker (the only one that reads the
// mail addresses) for the extension's own pages, to reportEmail when set, else to the administrator.
import { describe, expect, it } from 'vitest';
import type { MessageSender } from '../../src/background/api';
import { checkExtraRules } from '../../src/lib/extra-rules-check';
import type { UnknownReport } from '../../src/lib/messages';
import { RULE_IDS } from '../../src/rules';
import { contentSender, EXTENSION_ID, EXTENSION_ORIGIN, POPUP_SENDER } from '../helpers/fake-browser';
import { SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();
const TEXT = 'Une erreur inattendue est survenue. Veuillez réessayer plus tard.';
const REQUEST = {
  type: 'unknown-report',
  site: 'saga',
  url: SAGA,
  text: TEXT,
  phrases: ['Une erreur inattendue est survenue'],
  verified: true,
};
const ask = (request: object = REQUEST, sender: MessageSender = POPUP_SENDER): Promise<UnknownReport | undefined> =>
  w.fake.send(request, sender) as Promise<UnknownReport | undefined>;
const report = async (request: object = REQUEST): Promise<UnknownReport> => {
  const answer = await ask(request);
  if (!answer) throw new Error('no report');
  return answer;
};
const addressOf = (r: UnknownReport): string => r.href.slice('mailto:'.length).split('?')[0] ?? '';
const ccOf = (r: UnknownReport): string | undefined => /[?&]cc=([^&]*)/.exec(r.href)?.[1];

describe('worker: the unknown-message report goes', () => {
  it('to the CNG administrator without reportEmail, saying it is an unrecognised message', async () => {
    const r = await report();
    expect(addressOf(r)).toBe('cng-saga@sante.gouv.fr');
    expect(r.to).toBe('cng-saga@sante.gouv.fr');
    expect(ccOf(r)).toBeUndefined();
    expect(r.body).toContain('Message non reconnu par SAGA Helper, vu sur SAGA');
    expect(r.body).toContain('reportEmail');
    expect(r.href.length).toBeLessThan(2000);
  });

  it('to reportEmail when policy sets it, without the copy of the sign-in mail', async () => {
    await w.fake.managed.set({
      reportEmail: 'informatique@chu-exemple.fr',
      adminEmail: 'support-saga@chu-exemple.fr',
      ccEmail: 'dsi@chu-exemple.fr',
    });
    const r = await report();
    expect(r.href).toMatch(/^mailto:informatique@chu-exemple\.fr\?subject=/);
    expect(r.body).toContain('extraRules');
    expect(r.body).not.toContain('dsi@chu-exemple.fr');
  });

  it('to the administrator of policy, with its copy, when reportEmail is not an address', async () => {
    await w.fake.managed.set({
      reportEmail: 'informatique@chu-exemple.fr?bcc=spy@evil.example',
      adminEmail: 'support-saga@chu-exemple.fr',
      ccEmail: 'dsi@chu-exemple.fr',
    });
    const r = await report();
    expect(r.href).toMatch(/^mailto:support-saga@chu-exemple\.fr\?cc=dsi@chu-exemple\.fr&subject=/);
    expect(r.href).not.toContain('evil');
  });

  it('to the user’s own reportEmail where policy leaves it open, never to a broken one', async () => {
    await w.fake.local.set({ userSettings: { reportEmail: 'moi@chu-exemple.fr' } });
    expect(addressOf(await report())).toBe('moi@chu-exemple.fr');
    await w.fake.local.set({ userSettings: { reportEmail: 'moi@chu-exemple.fr,spy@evil.example' } });
    expect(addressOf(await report())).toBe('cng-saga@sante.gouv.fr');
    await w.fake.managed.set({ reportEmail: 'informatique@chu-exemple.fr' });
    await w.fake.local.set({ userSettings: { reportEmail: 'moi@chu-exemple.fr' } });
    expect(addressOf(await report())).toBe('informatique@chu-exemple.fr');
  });
});

describe('worker: the unknown-message report holds', () => {
  it('the message, the page without its ticket, the browser and version, and an entry policy accepts', async () => {
    const r = await report();
    expect(r.body).toContain(TEXT);
    expect(r.body).toContain('https://saga.cng.sante.fr/login');
    expect(r.href + r.body).not.toMatch(/ticket|ST-1234|secret|#top/);
    expect(r.body).toContain('Microsoft Edge 131');
    expect(r.body).toContain('0.1.0');
    expect(r.body.split('\r\n')).toContain(r.entry);
    expect(JSON.parse(r.entry)).toEqual(r.rule);
    expect(checkExtraRules([r.rule], new Set(RULE_IDS)).problems).toEqual([]);
    expect(r.rule).toMatchObject({ site: 'saga', phrases: ['Une erreur inattendue est survenue'] });
  });

  it('the language chosen by policy', async () => {
    await w.fake.managed.set({ locale: 'en' });
    const r = await report();
    expect(decodeURIComponent(r.href)).toContain('subject=SAGA Helper: unrecognised message (SAGA)');
  });

  it('nothing else the request carries: a typed value or a password sent along is dropped', async () => {
    const r = await report({ ...REQUEST, typed: 'S3cret-typed', password: 'motdepasse-42', value: 'saisie' });
    expect(r.href + r.body + r.entry).not.toMatch(/S3cret|motdepasse|saisie/);
  });
});

describe('worker: the unknown-message report is written', () => {
  it('only for the extension’s own pages: no content script, framed frame or other extension gets one', async () => {
    const OPTIONS = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}options.html`, tab: { id: 7 }, frameId: 0 };
    expect(await ask(REQUEST, OPTIONS)).toBeDefined();
    for (const sender of [
      contentSender(SAGA_TAB, SAGA),
      contentSender(4, SAGA, 2, 'https://framing.example/sso'),
      { ...POPUP_SENDER, id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk' },
      { ...POPUP_SENDER, url: 'https://evil.example/popup.html' },
    ])
      expect(await ask(REQUEST, sender)).toBeUndefined();
  });

  it.each([
    ['a page of another site than it names', { url: 'https://connect-pasrel.atih.sante.fr/compte' }],
    ['a plain-http page', { url: 'http://saga.cng.sante.fr/login' }],
    ['a page of no served site', { url: 'https://saga.cng.sante.fr.evil.example/' }],
    ['an unknown site', { site: 'intranet' }],
    ['a blank text', { text: '   ' }],
    ['a text too long', { text: 'x'.repeat(1_001) }],
    ['no phrase', { phrases: [] }],
    ['eleven phrases', { phrases: Array.from({ length: 11 }, (_, i) => `phrase ${i}`) }],
    ['a blank phrase', { phrases: ['ok', ' '] }],
    ['a phrase too long', { phrases: ['x'.repeat(201)] }],
    ['verified not a boolean', { verified: 'yes' }],
  ])('not for %s', async (_name, change) => {
    expect(await ask({ ...REQUEST, ...change })).toBeUndefined();
  });
});
