import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAILTO_LIMIT } from '../../src/core/mail';
import { checkExtraRules } from '../../src/lib/extra-rules-check';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { buildUnknownReport, PHRASE_TO_FILL, type UnknownReportInput } from '../../src/lib/unknown-report';
import { TO_FILL } from '../../src/lib/unknown-rule';
import { RULE_IDS } from '../../src/rules';
import { typeErrors } from '../helpers/kit-files';
import { getMessageFrom, loadMessages, type Locale } from '../helpers/messages';
import { rulesOn } from '../helpers/page-rules';
import { parseMailto } from '../helpers/mailto';

const T = { fr: getMessageFrom(loadMessages('fr')), en: getMessageFrom(loadMessages('en')) };
const AT = Date.UTC(2026, 1, 3, 8, 15, 0);
const TICKET_URL = 'https://saga.cng.sante.fr/saga/accueil;jsessionid=ABC123?ticket=ST-12345-secret-cas#frag-secret';
const TEXT = 'Une erreur inattendue est survenue. Veuillez contacter votre administrateur.';
const SCHEMA = JSON.parse(readFileSync(new URL('../../src/managed-schema.json', import.meta.url), 'utf8')) as {
  properties: { extraRules: Parameters<typeof typeErrors>[1] };
};

function sample(overrides: Partial<UnknownReportInput> = {}): UnknownReportInput {
  return {
    to: 'cng-saga@sante.gouv.fr',
    toIt: false,
    site: 'saga',
    url: TICKET_URL,
    text: TEXT,
    phrases: ['Une erreur inattendue est survenue'],
    verified: true,
    at: AT,
    browser: 'Microsoft Edge 131.0.2903.70',
    os: 'Windows 11',
    extensionVersion: '0.1.0',
    lang: 'fr',
    ...overrides,
  };
}

const parse = parseMailto;

/** What policy and Chromium would say of the entry: checkExtraRules' problems, then the schema's. */
const entryProblems = (entry: string): unknown[] => {
  const value: unknown = JSON.parse(entry);
  return [
    ...checkExtraRules([value], new Set(RULE_IDS)).problems,
    ...typeErrors([value], SCHEMA.properties.extraRules, 'extraRules'),
  ];
};

describe.each(['fr', 'en'] as Locale[])('buildUnknownReport in %s', (lang) => {
  const t = T[lang];
  const report = buildUnknownReport(sample({ lang }), t);
  const { to, params } = parse(report.href);
  const lines = report.body.split('\r\n');

  it('writes to the administrator, with a subject that says what it is and where', () => {
    expect(report.href.startsWith('mailto:cng-saga@sante.gouv.fr?subject=')).toBe(true);
    expect(to).toBe('cng-saga@sante.gouv.fr');
    expect(report.to).toBe('cng-saga@sante.gouv.fr');
    expect(params.get('subject')).toBe(t('unknown_mail_subject', ['SAGA']));
    expect(params.get('subject')).toMatch(lang === 'fr' ? /message non reconnu \(SAGA\)/ : /unrecognised message/);
  });

  it('says in a line of its own that SAGA Helper does not recognise the message, and why it goes to the CNG', () => {
    expect(lines).toContain(t('unknown_mail_unrecognised', ['SAGA']));
    expect(lines).toContain(t('unknown_mail_to_cng'));
    expect(lines).not.toContain(t('unknown_mail_to_it'));
  });

  it('holds the message seen, the page address, date, browser, system and version, each on its line', () => {
    expect(lines).toContain(t('mail_message_seen', [TEXT]));
    expect(lines).toContain(t('mail_page', ['https://saga.cng.sante.fr/saga/accueil']));
    expect(lines.some((l) => l.startsWith(t('mail_date', ['']).trimEnd()) && /2026|26/.test(l))).toBe(true);
    expect(lines).toContain(t('mail_browser', ['Microsoft Edge 131.0.2903.70']));
    expect(lines).toContain(t('mail_os', ['Windows 11']));
    expect(lines).toContain(t('mail_extension', ['0.1.0']));
    expect(lines[0]).toBe(t('mail_greeting'));
    expect(lines.at(-1)).toBe(t('mail_closing'));
  });

  it('never gives away the CAS ticket, the session id or the fragment', () => {
    for (const text of [report.href, report.body]) expect(text).not.toMatch(/ticket|ST-12345|jsessionid|ABC123|frag/i);
  });

  it('carries the extraRules entry after its line, verbatim, and the body is exactly the mail body', () => {
    const at = lines.indexOf(t('unknown_mail_entry'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(report.entry);
    expect(params.get('body')).toBe(report.body);
    expect(JSON.parse(report.entry)).toEqual(report.rule);
    expect(report.rule).toMatchObject({ site: 'saga', phrases: ['Une erreur inattendue est survenue'], ...TO_FILL });
    expect(report.rule.id).toMatch(/^saga-message-[0-9a-f]{6}$/);
    expect(entryProblems(report.entry)).toEqual([]);
    expect(lines).not.toContain(t('unknown_mail_unverified'));
  });

  it('breaks lines with CRLF only', () => {
    expect(report.body).not.toMatch(/[^\r]\n|\r[^\n]/);
  });
});

describe('buildUnknownReport: the loop closes', () => {
  it('the entry pasted into policy as is makes a rule that matches the page the message was seen on', () => {
    const report = buildUnknownReport(sample(), T.fr);
    const { settings, problems } = resolveSettings({ extraRules: [JSON.parse(report.entry)] }, undefined, RULE_IDS);
    expect(problems).toEqual([]);
    const page = `<h1>SAGA Directeurs</h1><div class="alert alert-danger" role="alert">${TEXT}</div>`;
    expect(rulesOn('saga.cng.sante.fr', page, settings.extraRules)).toContain(report.rule.id);
    expect(rulesOn('saga.cng.sante.fr', '<p>Bienvenue</p>', settings.extraRules)).not.toContain(report.rule.id);
  });
});

describe('buildUnknownReport: recipients', () => {
  const t = T.fr;

  it('to the establishment IT: asks for a rule, no copy line about the CNG', () => {
    const report = buildUnknownReport(sample({ to: 'dsi@chu-exemple.fr', toIt: true }), t);
    expect(report.href.startsWith('mailto:dsi@chu-exemple.fr?subject=')).toBe(true);
    expect(report.body.split('\r\n')).toContain(t('unknown_mail_to_it'));
    expect(report.body.split('\r\n')).toContain(t('unknown_mail_unrecognised', ['SAGA']));
  });

  it('puts the copy first when it is a plain address, and leaves out any other', () => {
    expect(buildUnknownReport(sample({ cc: 'dsi@chu-exemple.fr' }), t).href).toMatch(
      /^mailto:cng-saga@sante\.gouv\.fr\?cc=dsi@chu-exemple\.fr&subject=/,
    );
    for (const cc of ['dsi@chu.fr&bcc=spy@evil.example', 'a,b@c.fr', 'x@y.fr\r\nBcc: z@w.fr'])
      expect(buildUnknownReport(sample({ cc }), t).href).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
  });

  it.each(['', 'cng-saga@sante.gouv.fr?cc=spy@evil.example', 'a,b@c.fr', 'x@y.fr\r\nBcc: z@w.fr'])(
    'refuses "to" = %j',
    (to) => {
      expect(() => buildUnknownReport(sample({ to }), t)).toThrow(/not a plain mail address/);
    },
  );
});

describe('buildUnknownReport: the phrases and the size', () => {
  const t = T.fr;
  const bodyLines = (input: Partial<UnknownReportInput>): string[] =>
    buildUnknownReport(sample(input), t).body.split('\r\n');

  it('says to review the rule when the phrases could not be checked on the page', () => {
    expect(bodyLines({ verified: false })).toContain(t('unknown_mail_unverified'));
  });

  it('shortens the message seen first, keeping the phrase whole', () => {
    const text = `${TEXT} ${'Détail technique de la pile d’appels. '.repeat(30)}`.slice(0, 1_000);
    const report = buildUnknownReport(sample({ text }), t);
    expect(report.href.length).toBeLessThan(MAILTO_LIMIT);
    expect(report.rule.phrases).toEqual(['Une erreur inattendue est survenue']);
    const seen = report.body.split('\r\n').find((l) => l.startsWith(t('mail_message_seen', ['']).slice(0, 10)));
    expect(seen).toMatch(/^Message affiché.*Une erreur inattendue.*…\s*»$/);
    expect(report.body.split('\r\n')).not.toContain(t('unknown_mail_unverified'));
  });

  it('then the last phrases, then the one left after a whole word, and says to review them', () => {
    const long = 'Votre demande ne peut pas aboutir car le service de fédération des identités est indisponible';
    const phrases = [long, `${long} (code 2)`, `${long} (code 3)`, `${long} (code 4)`, `${long} (code 5)`];
    const report = buildUnknownReport(sample({ text: phrases.join(' ').repeat(3).slice(0, 1_000), phrases }), t);
    expect(report.href.length).toBeLessThan(MAILTO_LIMIT);
    expect(report.rule.phrases.length).toBeLessThan(phrases.length);
    expect(phrases.slice(0, report.rule.phrases.length)).toEqual(report.rule.phrases);
    expect(report.body.split('\r\n')).toContain(t('unknown_mail_unverified'));
    const emoji = buildUnknownReport(sample({ text: '🔒'.repeat(500), phrases: ['🔒 '.repeat(66).trim()] }), t);
    expect(emoji.href.length).toBeLessThan(MAILTO_LIMIT);
    expect(emoji.rule.phrases[0]).toMatch(/^(🔒 )*🔒$/);
    expect(entryProblems(emoji.entry)).toEqual([]);
  });

  it('leaves out phrases that would match nothing, and falls back on the message, then on a phrase to fill in', () => {
    const zero = '\u200B\u200B';
    expect(buildUnknownReport(sample({ phrases: [zero, 'Erreur'] }), t).rule.phrases).toEqual(['Erreur']);
    expect(buildUnknownReport(sample({ text: 'Erreur 42.', phrases: [zero] }), t).rule.phrases).toEqual(['Erreur 42.']);
    const none = buildUnknownReport(sample({ text: zero, phrases: [zero] }), t);
    expect(none.rule.phrases).toEqual([PHRASE_TO_FILL]);
    expect(none.body.split('\r\n')).toContain(t('unknown_mail_unverified'));
    expect(entryProblems(none.entry)).toEqual([]);
  });

  it('keeps page text on its line: controls, line breaks and bidi overrides become spaces', () => {
    const report = buildUnknownReport(
      sample({ text: 'x\r\nBcc: evil@example.com\u0000\u2028\u202Eend', phrases: ['x\nBcc: evil\u202E'] }),
      t,
    );
    expect(report.body.split('\r\n').some((l) => l.startsWith('Bcc'))).toBe(false);
    expect(report.href).not.toMatch(/%0DBcc|%0ABcc|%E2%80%AE|%00/);
    expect(report.rule.phrases).toEqual(['x Bcc: evil']);
  });
});

// Page text of every kind: emoji, lone surrogates, controls, bidi overrides, accents, plain words.
const pageChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'é', ' ', 'œ', '’', 'Z', '9', '.') },
  fc.constantFrom(
    '😀',
    '🔒',
    '\uD83D',
    '\uDE00',
    '\u0000',
    '\r',
    '\n',
    '\u2028',
    '\u202E',
    '\u2066',
    '\u200B',
    '%',
    '&',
    '=',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const pageText = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: pageChar, minLength: min, maxLength: max })
    // Cut where it must be, even inside a surrogate pair: a lone surrogate is page text too.
    .map((s) => s.slice(0, max))
    .filter((s) => s.trim() !== '');
const servedUrl = fc
  .tuple(
    fc.constantFrom(
      'https://saga.cng.sante.fr',
      'https://connect-pasrel.atih.sante.fr',
      'https://assistance.atih.sante.fr',
    ),
    fc.webPath(),
    fc.webSegment(),
    fc.webFragments(),
  )
  .map(
    ([origin, path, session, fragment]) =>
      `${origin}/${path.replace(/^\//, '')};jsessionid=${session}?ticket=ST-${session}&x=1#${fragment}`,
  );

describe('buildUnknownReport: property', () => {
  it('always fits in a mailto: link, gives no secret away and carries an entry policy accepts', () => {
    fc.assert(
      fc.property(
        fc.record({
          text: pageText(1, 1_000),
          phrases: fc.array(pageText(1, 200), { minLength: 1, maxLength: 3 }),
          url: servedUrl,
          site: fc.constantFrom('saga' as const, 'plage' as const, 'hotline' as const),
          verified: fc.boolean(),
          toIt: fc.boolean(),
          cc: fc.option(fc.constant('dsi@chu-exemple.fr'), { nil: undefined }),
          lang: fc.constantFrom<Locale>('fr', 'en'),
        }),
        ({ lang, cc, ...input }) => {
          const to = input.toIt ? 'informatique.signalements@chu-exemple.fr' : 'cng-saga@sante.gouv.fr';
          const report = buildUnknownReport(sample({ ...input, to, lang, ...(cc ? { cc } : {}) }), T[lang]);
          expect(report.href.length).toBeLessThan(MAILTO_LIMIT);
          expect(report.href.startsWith(`mailto:${to}?`)).toBe(true);
          expect(report.href).not.toMatch(/ticket/i);
          expect(report.body).not.toMatch(/ticket|jsessionid/i);
          expect(parse(report.href).params.get('body')).toBe(report.body);
          expect(report.body.split('\r\n')).toContain(report.entry);
          expect(JSON.parse(report.entry)).toEqual(report.rule);
          expect(entryProblems(report.entry)).toEqual([]);
        },
      ),
      { seed: 20_260_203, numRuns: 300 },
    );
  });
});
