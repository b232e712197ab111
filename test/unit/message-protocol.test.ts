import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSender } from '../../src/background/api';
import { HANDLERS, type Handlers } from '../../src/background/dispatch';
import { mayAsk, type SenderKind } from '../../src/background/sender';
import { registerWorker } from '../../src/background/worker';
import type { MessageRequest, MessageType } from '../../src/lib/messages';
import { parseRequest, REQUEST_PARSERS, type RequestParsers } from '../../src/lib/request-parsers';
import { REPLY_CHECKS, typedSend, type ReplyChecks } from '../../src/lib/send';
import { contentSender, FakeBrowser, POPUP_SENDER } from '../helpers/fake-browser';
import { loadMessages } from '../helpers/messages';

const SAGA = 'https://saga.cng.sante.fr/';
const PLAGE = 'https://connect-pasrel.atih.sante.fr/compte/profils';

// A well-formed request of every type: typed over the map, so a new type needs its sample here too.
const SAMPLES: { readonly [K in MessageType]: MessageRequest<K> } = {
  report: { type: 'report', rules: ['saga-rights-invalid'], params: [], evidence: 'x', url: SAGA, loadedAt: 1 },
  'clean-reload': { type: 'clean-reload', tabId: 1 },
  'return-to-saga': { type: 'return-to-saga' },
  'tab-state': { type: 'tab-state', tabId: 1 },
  'panel-state': { type: 'panel-state', collapsed: true },
  'unknown-report': {
    type: 'unknown-report',
    site: 'saga',
    url: SAGA,
    text: 'Une erreur inattendue est survenue.',
    phrases: ['Une erreur inattendue est survenue'],
    verified: true,
  },
  'trial-rule': { type: 'trial-rule', tabId: 1, rule: null },
};
const TYPES = Object.keys(SAMPLES) as MessageType[];
const KINDS: readonly SenderKind[] = ['content', 'framed', 'page'];
const SENDERS: Record<SenderKind, MessageSender> = {
  content: contentSender(1, SAGA),
  // A SAGA frame in a page of another site.
  framed: contentSender(1, SAGA, 3, 'https://evil.example/'),
  page: POPUP_SENDER,
};

describe('message protocol: complete by construction', () => {
  it('does not compile a table of handlers, parsers or reply checks that misses a message type', () => {
    // @ts-expect-error: 'tab-state' has no handler
    const handlers: Handlers = {
      report: HANDLERS.report,
      'clean-reload': HANDLERS['clean-reload'],
      'return-to-saga': HANDLERS['return-to-saga'],
      'panel-state': HANDLERS['panel-state'],
      'unknown-report': HANDLERS['unknown-report'],
      'trial-rule': HANDLERS['trial-rule'],
    };
    // @ts-expect-error: 'report' has no parser
    const parsers: RequestParsers = {
      'clean-reload': REQUEST_PARSERS['clean-reload'],
      'return-to-saga': REQUEST_PARSERS['return-to-saga'],
      'tab-state': REQUEST_PARSERS['tab-state'],
      'panel-state': REQUEST_PARSERS['panel-state'],
      'unknown-report': REQUEST_PARSERS['unknown-report'],
      'trial-rule': REQUEST_PARSERS['trial-rule'],
    };
    // @ts-expect-error: 'return-to-saga' has no reply check
    const checks: ReplyChecks = {
      report: REPLY_CHECKS.report,
      'clean-reload': REPLY_CHECKS['clean-reload'],
      'tab-state': REPLY_CHECKS['tab-state'],
      'panel-state': REPLY_CHECKS['panel-state'],
      'unknown-report': REPLY_CHECKS['unknown-report'],
      'trial-rule': REPLY_CHECKS['trial-rule'],
    };
    for (const table of [handlers, parsers, checks]) expect(Object.keys(table)).toHaveLength(TYPES.length - 1);
  });

  it('does not compile a handler whose answer is another type than the map says', () => {
    const handlers: Handlers = {
      ...HANDLERS,
      // @ts-expect-error: tab-state answers a TabView, not a clean reload's result
      'tab-state': HANDLERS['clean-reload'],
    };
    expect(handlers['tab-state']).toBe(HANDLERS['clean-reload']);
  });

  it.each(TYPES)('%s has a parser, a handler, a reply check and a sender allowed to ask it', (type) => {
    expect(REQUEST_PARSERS[type]).toBeTypeOf('function');
    expect(HANDLERS[type]).toBeTypeOf('function');
    expect(REPLY_CHECKS[type]).toBeTypeOf('function');
    expect(KINDS.filter((kind) => mayAsk(kind, type))).not.toEqual([]);
    expect(parseRequest(SAMPLES[type])).toEqual(SAMPLES[type]);
  });

  it('has no parser, handler or reply check for a type outside the map', () => {
    for (const table of [REQUEST_PARSERS, HANDLERS, REPLY_CHECKS])
      expect(Object.keys(table).sort()).toEqual(TYPES.sort());
  });

  it('knows no type named like an Object property', () => {
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(parseRequest({ type })).toBeNull();
      expect(parseRequest(JSON.parse(`{"type": "${type}"}`))).toBeNull();
    }
  });
});

describe('message protocol: the requests of the extension pages', () => {
  const report = SAMPLES['unknown-report'];
  it.each([
    ['a page of another site than it names', { site: 'plage' }],
    ['a plain-http page', { url: 'http://saga.cng.sante.fr/' }],
    ['no text', { text: '' }],
    ['1,001 characters of text', { text: 'x'.repeat(1_001) }],
    ['eleven phrases', { phrases: Array.from({ length: 11 }, () => 'x') }],
    ['a phrase of 201 characters', { phrases: ['x'.repeat(201)] }],
    ['a phrase that is not text', { phrases: [1] }],
    ['no verified flag', { verified: undefined }],
  ])('refuses an unknown-message report for %s', (_name, change) => {
    expect(parseRequest({ ...report, ...change })).toBeNull();
  });

  it('keeps only the fields of the map: nothing else reaches the report', () => {
    expect(parseRequest({ ...report, typed: 'secret', password: 'pw' })).toEqual(report);
    expect(
      parseRequest({ ...report, text: 'x'.repeat(1_000), phrases: Array(10).fill('y'.repeat(200)) }),
    ).not.toBeNull();
  });

  it('takes a trial rule as an object or null for a tab id, and leaves its check to the handler', () => {
    expect(parseRequest({ type: 'trial-rule', tabId: 3, rule: { id: 'x' } })).toEqual({
      type: 'trial-rule',
      tabId: 3,
      rule: { id: 'x' },
    });
    for (const wrong of [{ tabId: -1, rule: null }, { tabId: 1.5, rule: null }, { tabId: 1 }, { tabId: 1, rule: [] }])
      expect(parseRequest({ type: 'trial-rule', ...wrong })).toBeNull();
  });

  it('accepts a report only with a mailto: link, and a rule test only with both flags', () => {
    const answer = { to: 'a@b.fr', href: 'mailto:a@b.fr?subject=x', body: 'x', rule: {}, entry: '{}' };
    expect(REPLY_CHECKS['unknown-report'](answer)).toBe(true);
    for (const href of ['javascript:alert(1)', 'https://evil.example/', ' mailto:a@b.fr'])
      expect(REPLY_CHECKS['unknown-report']({ ...answer, href })).toBe(false);
    expect(REPLY_CHECKS['trial-rule']({ matches: true, shown: false })).toBe(true);
    expect(REPLY_CHECKS['trial-rule']({ matches: true })).toBe(false);
  });
});

describe('message protocol: the worker answers every type in the shape its reply check accepts', () => {
  let fake: FakeBrowser;
  beforeEach(() => {
    fake = new FakeBrowser('fr');
    fake.tabs = [
      { id: 1, url: SAGA },
      { id: 2, url: PLAGE },
    ];
    registerWorker(fake.api(), { now: () => 1_000, nav: { userAgent: '' }, messages: async (l) => loadMessages(l) });
  });

  it.each(TYPES)('%s', async (type) => {
    const kind = KINDS.find((k) => mayAsk(k, type)) as SenderKind;
    const reply = await fake.send(SAMPLES[type], SENDERS[kind]);
    expect(REPLY_CHECKS[type](reply)).toBe(true);
  });
});

describe('typedSend: the one sender of the content script and the pages', () => {
  it('sends the request as is and returns a well-formed answer', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, at: 1, cookiesRemoved: 2 }));
    const send = typedSend({ sendMessage });
    expect(await send({ type: 'clean-reload', tabId: 4 })).toEqual({ ok: true, at: 1, cookiesRemoved: 2 });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'clean-reload', tabId: 4 });
  });

  it('returns undefined for no answer or one of the wrong shape', async () => {
    const answers: unknown[] = [undefined, null, 'ok', { ok: 'yes' }, { rules: [], guidance: null }];
    for (const answer of answers) {
      const send = typedSend({ sendMessage: async () => answer });
      expect(await send({ type: 'clean-reload' })).toBeUndefined();
      expect(await send({ type: 'tab-state', tabId: 1 })).toBeUndefined();
      expect(await send(SAMPLES.report)).toBeUndefined();
    }
  });

  it('accepts a refusal with its reason, and the answer to an ignored frame', async () => {
    const refused = { ok: false, at: 1, cookiesRemoved: 0, refused: 'rate-limited' };
    expect(await typedSend({ sendMessage: async () => refused })({ type: 'clean-reload' })).toEqual(refused);
    for (const reason of ['not-offered', 'not-this-tab'])
      expect(REPLY_CHECKS['return-to-saga']({ ...refused, refused: reason })).toBe(true);
    expect(REPLY_CHECKS.report({ actions: [], ignored: true })).toBe(true);
  });

  it('rejects a refusal for a reason it cannot tell, or a malformed "ignored"', () => {
    for (const reason of ['busy', '', 1, null])
      expect(REPLY_CHECKS['clean-reload']({ ok: false, at: 1, cookiesRemoved: 0, refused: reason })).toBe(false);
    for (const ignored of [false, 'yes', 1]) expect(REPLY_CHECKS.report({ actions: [], ignored })).toBe(false);
  });

  it('still rejects when the message cannot be delivered', async () => {
    const send = typedSend({ sendMessage: () => Promise.reject(new Error('Receiving end does not exist.')) });
    await expect(send({ type: 'return-to-saga' })).rejects.toThrow('Receiving end does not exist.');
  });
});
