/**
 * The prefilled mail to the CNG administrator for a director who cannot sign in to SAGA Directeurs,
 * and the same report in full for the « Copier le diagnostic » button.
 */

import { CRLF, dateFormat, enc, fit, isAddress, MAILTO_LIMIT, mailtoPrefix, oneLine, pageAddress } from './mail-text';

// Where they were first written: the worker and the settings check import them from here.
export { isAddress, MAILTO_LIMIT, pageAddress } from './mail-text';

/** The messages the mail is written in: core declares what it needs, lib's translators fit it. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export interface MailStep {
  readonly at: number;
  /** Already localised. */
  readonly text: string;
}

export interface MailReport {
  readonly to: string;
  readonly cc?: string;
  /** Localised title of the problem. */
  readonly problem: string;
  /** Visible text of the error on the page: page-derived, so untrusted and of any length. */
  readonly messageSeen: string;
  /** As seen: may hold a CAS ticket in its query and anything in its fragment. */
  readonly pageUrl: string;
  readonly at: number;
  readonly browser: string;
  readonly os: string;
  readonly extensionVersion: string;
  /** Oldest first. */
  readonly steps: readonly MailStep[];
  /** BCP 47, for dates. */
  readonly lang: string;
}

// Below this (encoded) size the message seen says too little: older steps go first.
const MIN_MESSAGE = 400;

interface Shape {
  readonly message: string;
  readonly steps: readonly MailStep[];
  readonly omitted: number;
  readonly truncated: boolean;
}

type Composer = (shape: Shape) => { head: string[]; tail: string[] };

function composer(r: MailReport, t: Translate): Composer {
  const unknown = t('mail_not_available');
  const value = (text: string): string => oneLine(text) || unknown;
  const full = dateFormat(r.lang, { dateStyle: 'long', timeStyle: 'long' });
  const time = dateFormat(r.lang, { timeStyle: 'short' });
  const dayTime = dateFormat(r.lang, { dateStyle: 'short', timeStyle: 'short' });
  const day = dateFormat(r.lang, { dateStyle: 'short' });
  const when = (at: number): string => value(day(at) === day(r.at) ? time(at) : dayTime(at));
  const facts = [
    t('mail_page', [value(pageAddress(r.pageUrl))]),
    t('mail_date', [value(full(r.at))]),
    t('mail_browser', [value(r.browser)]),
    t('mail_os', [value(r.os)]),
    t('mail_extension', [value(r.extensionVersion)]),
  ];
  return ({ message, steps, omitted, truncated }) => {
    const list =
      steps.length + omitted === 0
        ? [t('mail_steps_none')]
        : [
            t('mail_steps'),
            ...(omitted > 0 ? [t('mail_steps_omitted', [String(omitted)])] : []),
            ...steps.map((s) => t('mail_step', [when(s.at), value(s.text)])),
          ];
    return {
      head: [
        t('mail_greeting'),
        '',
        t('mail_intro'),
        '',
        t('mail_message_seen', [message || unknown]),
        ...facts,
        '',
        ...list,
      ],
      tail: [...(truncated ? [t('mail_truncated'), ''] : []), t('mail_identifier'), '', t('mail_closing')],
    };
  };
}

const bodyOf = (parts: { head: string[]; tail: string[] }): string => [...parts.head, '', ...parts.tail].join(CRLF);

/**
 * The mailto: URL (always under MAILTO_LIMIT characters, shortened when needed) and the full report.
 * Throws when `to` is not a plain address; a bad `cc` is left out.
 */
export function buildMail(report: MailReport, t: Translate): { href: string; report: string } {
  if (!isAddress(report.to))
    throw new Error(`buildMail: "to" is not a plain mail address: ${JSON.stringify(report.to)}`);
  const prefix = mailtoPrefix(report.to, report.cc);
  const hrefOf = (subject: string, body: string): string => `${prefix}${enc(subject)}&body=${enc(body)}`;
  const fits = (subject: string, body: string): boolean => hrefOf(subject, body).length < MAILTO_LIMIT;

  const subject = t('mail_subject', [oneLine(report.problem)]);
  const compose = composer(report, t);
  const message = oneLine(report.messageSeen);
  const all = report.steps;
  const body = bodyOf(compose({ message, steps: all, omitted: 0, truncated: false }));
  const full = [t('mail_subject_line', [subject]), '', body].join(CRLF);
  if (fits(subject, body)) return { href: hrefOf(subject, body), report: full };

  // 1. The message seen, down to what still tells the administrator something.
  const without = hrefOf(subject, bodyOf(compose({ message: '', steps: all, omitted: 0, truncated: true }))).length;
  const shortened = fit(message, Math.max(MAILTO_LIMIT - 1 - without, MIN_MESSAGE));
  // 2. The oldest steps, counted in the mail.
  for (let omitted = 0; omitted <= all.length; omitted++) {
    const candidate = bodyOf(compose({ message: shortened, steps: all.slice(omitted), omitted, truncated: true }));
    if (fits(subject, candidate)) return { href: hrefOf(subject, candidate), report: full };
  }
  // 3. The body itself, keeping its end: the truncation note, the identifier line, the closing.
  const { head, tail } = compose({ message: shortened, steps: [], omitted: all.length, truncated: true });
  const end = CRLF + CRLF + tail.join(CRLF);
  const shortSubject = fit(subject, MAILTO_LIMIT - 1 - hrefOf('', end).length);
  const start = fit(head.join(CRLF), MAILTO_LIMIT - 1 - hrefOf(shortSubject, end).length);
  return { href: hrefOf(shortSubject, start + end), report: full };
}
