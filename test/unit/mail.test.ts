import { describe, expect, it } from 'vitest';
import { buildMail, MAILTO_LIMIT, pageAddress, type MailReport } from '../../src/core/mail';
import { getMessageFrom, loadMessages, type Locale } from '../helpers/messages';
import { parseMailto } from '../helpers/mailto';

const T = { fr: getMessageFrom(loadMessages('fr')), en: getMessageFrom(loadMessages('en')) };
const AT = Date.UTC(2025, 2, 4, 13, 32, 10);
const TICKET_URL = 'https://saga.cng.sante.fr/saga/login;jsessionid=ABC123?ticket=ST-12345-secret-cas&x=1#frag-secret';

function sample(overrides: Partial<MailReport> = {}): MailReport {
  return {
    to: 'cng-saga@sante.gouv.fr',
    problem: "L'appairage PLAGE – SAGA a échoué",
    messageSeen: "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.",
    pageUrl: TICKET_URL,
    at: AT,
    browser: 'Microsoft Edge 120.0.2210.91',
    os: 'Windows 11',
    extensionVersion: '0.1.0',
    steps: [
      { at: AT - 600_000, text: 'Navigateur fermé et rouvert' },
      { at: AT - 300_000, text: 'Page rechargée sans cache (Ctrl+F5)' },
    ],
    lang: 'fr',
    ...overrides,
  };
}

/** The mailto: URL taken apart: address, and each parameter decoded. */
function parse(href: string): { to: string; params: Map<string, string> } {
  expect(href.startsWith('mailto:')).toBe(true);
  return parseMailto(href);
}

const bodyOfReport = (report: string): string => report.split('\r\n').slice(2).join('\r\n');

describe.each(['fr', 'en'] as Locale[])('buildMail in %s', (lang) => {
  const t = T[lang];
  const mail = buildMail(sample({ lang }), t);
  const { to, params } = parse(mail.href);
  const body = params.get('body') ?? '';

  it('addresses the administrator, with a subject naming SAGA Directeurs and the problem', () => {
    expect(to).toBe('cng-saga@sante.gouv.fr');
    expect(params.has('cc')).toBe(false);
    expect(params.get('subject')).toContain('SAGA Directeurs');
    expect(params.get('subject')).toContain("L'appairage PLAGE – SAGA a échoué");
    expect(mail.report.split('\r\n')[0]).toContain(params.get('subject'));
  });

  it('holds every fact, each on its labelled line', () => {
    const lines = body.split('\r\n');
    const line = (key: string, subs?: string[]): void => expect(lines, key).toContain(t(key, subs));
    line('mail_greeting');
    line('mail_intro');
    line('mail_message_seen', [sample().messageSeen]);
    line('mail_page', ['https://saga.cng.sante.fr/saga/login']);
    line('mail_browser', ['Microsoft Edge 120.0.2210.91']);
    line('mail_os', ['Windows 11']);
    line('mail_extension', ['0.1.0']);
    line('mail_steps');
    line('mail_identifier');
    line('mail_closing');
    const date = lines.find((l) => l.startsWith(t('mail_date', [''])));
    expect(date).toMatch(/2025/);
    expect(date).toMatch(/UTC|GMT|[A-Z]{3}/);
    const steps = lines.filter((l) => l.startsWith('– '));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toContain('Navigateur fermé et rouvert');
    expect(steps[0]).toMatch(/\d{1,2}:\d{2}/);
    expect(lines.indexOf(steps[0] ?? '')).toBeLessThan(lines.indexOf(steps[1] ?? ''));
  });

  it('is not shortened, and the mail body is the report body', () => {
    expect(body).not.toContain(t('mail_truncated'));
    expect(mail.report).not.toContain(t('mail_truncated'));
    expect(body).toBe(bodyOfReport(mail.report));
    expect(mail.href.length).toBeLessThan(MAILTO_LIMIT);
  });

  it('breaks lines with CRLF only', () => {
    expect(mail.href).toContain('%0D%0A');
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(mail.report.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('never gives away the CAS ticket, the session id or the fragment', () => {
    for (const text of [mail.href, decodeURIComponent(mail.href), mail.report]) {
      expect(text).not.toMatch(/ticket|ST-12345|jsessionid|ABC123|frag-secret|#/i);
    }
  });

  it('stays under the mailto: limit with a 5,000-character message and 40 steps', () => {
    const steps = Array.from({ length: 40 }, (_, i) => ({
      at: AT - (40 - i) * 60_000,
      text: `Étape numéro ${i + 1} effectuée`,
    }));
    const long = buildMail(sample({ lang, messageSeen: 'é'.repeat(2_500) + 'x 🙂 '.repeat(625), steps }), t);
    expect(long.href.length).toBeLessThan(MAILTO_LIMIT);
    const cut = parse(long.href).params.get('body') ?? '';
    expect(cut).toContain(t('mail_identifier'));
    expect(cut).toContain(t('mail_truncated'));
    expect(cut).toContain('…');
    expect(cut).toContain('Étape numéro 40 effectuée');
    expect(cut).not.toContain('Étape numéro 1 effectuée');
    expect(cut).toMatch(lang === 'fr' ? /non reprises\u00a0: \d+/ : /left out: \d+/);
    // The report keeps everything.
    expect(long.report).toContain('Étape numéro 1 effectuée');
    expect(long.report).toContain('é'.repeat(2_500));
    expect(long.report).not.toContain(t('mail_truncated'));
  });

  it('cuts the body itself when even the facts are too long, keeping its end', () => {
    const huge = 'Ω'.repeat(3_000);
    const long = buildMail(
      sample({ lang, browser: huge, os: huge, problem: huge, steps: [{ at: AT, text: huge }] }),
      t,
    );
    expect(long.href.length).toBeLessThan(MAILTO_LIMIT);
    const cut = parse(long.href).params.get('body') ?? '';
    expect(cut.endsWith([t('mail_identifier'), '', t('mail_closing')].join('\r\n'))).toBe(true);
    expect(cut).toContain(t('mail_truncated'));
    expect(long.report).toContain(huge);
  });
});

describe('buildMail safety', () => {
  const t = T.fr;

  it('puts cc first only when it is a plain address', () => {
    expect(parse(buildMail(sample({ cc: 'chef.service+saga@chu-exemple.fr' }), t).href).params.get('cc')).toBe(
      'chef.service+saga@chu-exemple.fr',
    );
    for (const cc of [
      'a@b.fr?bcc=evil@x.fr',
      'a@b.fr&bcc=x@y.fr',
      'a@b.fr, c@d.fr',
      'a b@c.fr',
      'a%40b@c.fr',
      'a@b.fr\n',
      '',
      'nobody',
    ]) {
      const { href } = buildMail(sample({ cc }), t);
      expect(href, cc).not.toContain('cc=');
      expect(href.split('&')[0]).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
    }
  });

  it.each([
    '',
    'cng-saga',
    'a@b',
    'a@b.fr?subject=x',
    'a@b.fr&body=x',
    'a,b@c.fr',
    ' a@b.fr',
    'a@b.fr\r\nBcc: x@y.fr',
    'a%0A@b.fr',
  ])('refuses "to" = %j', (to) => {
    expect(() => buildMail(sample({ to }), t)).toThrow(/not a plain mail address/);
  });

  it('folds line breaks and control characters of the page text into spaces', () => {
    const mail = buildMail(sample({ messageSeen: 'x\r\nBcc: evil@example.com\u0000\u2028\u202Eend' }), t);
    const body = parse(mail.href).params.get('body') ?? '';
    const lines = body.split('\r\n');
    expect(lines.some((l) => l.startsWith('Bcc'))).toBe(false);
    expect(lines).toContain(t('mail_message_seen', ['x Bcc: evil@example.com end']));
    expect(mail.href).not.toMatch(/%0DBcc|%0ABcc|%E2%80%AE|%00/);
    expect(mail.report.split('\r\n').some((l) => l.startsWith('Bcc'))).toBe(false);
  });

  it('survives a lone surrogate in the page text', () => {
    const mail = buildMail(sample({ messageSeen: 'a\uD83Db' }), t);
    expect(parse(mail.href).params.get('body')).toContain('a\uFFFDb');
  });

  it('never splits a surrogate pair or an escape when cutting', () => {
    for (let n = 1_000; n < 1_040; n++) {
      const mail = buildMail(sample({ messageSeen: '🙂'.repeat(n), steps: [] }), t);
      expect(mail.href.length).toBeLessThan(MAILTO_LIMIT);
      expect(() => decodeURIComponent(mail.href)).not.toThrow();
      expect(decodeURIComponent(mail.href)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('says "not available" for missing facts and invalid dates', () => {
    const mail = buildMail(sample({ messageSeen: ' ', pageUrl: 'not a url', browser: '', at: Number.NaN }), t);
    expect(mail.report).toContain(t('mail_page', [t('mail_not_available')]));
    expect(mail.report).toContain(t('mail_date', [t('mail_not_available')]));
    expect(mail.report).toContain(t('mail_browser', [t('mail_not_available')]));
  });

  it('says when no step was done yet', () => {
    expect(buildMail(sample({ steps: [] }), t).report).toContain(t('mail_steps_none'));
  });
});

describe('pageAddress', () => {
  it.each([
    [TICKET_URL, 'https://saga.cng.sante.fr/saga/login'],
    [
      'https://user:pw@connect-pasrel.atih.sante.fr/cas/login?service=x#y',
      'https://connect-pasrel.atih.sante.fr/cas/login',
    ],
    ['https://saga.cng.sante.fr', 'https://saga.cng.sante.fr/'],
    ['not a url', ''],
    ['data:text/html,secret', ''],
    ['javascript:alert(1)', ''],
  ])('%s → %j', (url, expected) => {
    expect(pageAddress(url)).toBe(expected);
  });
});
