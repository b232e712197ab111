import type { Translate } from '../core/mail';
import {
  CRLF,
  dateFormat,
  enc,
  fit,
  isAddress,
  MAILTO_LIMIT,
  mailtoPrefix,
  oneLine,
  pageAddress,
} from '../core/mail-text';
import { normalise } from '../core/normalise';
import type { Site } from '../core/sites';
import type { UnknownReport } from './messages';
import { draftRule, entryLine } from './unknown-rule';

/** What the report of a message SAGA Helper does not know is made of: nothing the director typed. */
export interface UnknownReportInput {
  /** Already checked by the worker: reportEmail when set, else the administrator. */
  readonly to: string;
  readonly cc?: string;
  /** Whether `to` is the establishment's IT (reportEmail), rather than the administrator. */
  readonly toIt: boolean;
  readonly site: Site;
  /** As seen: may hold a CAS ticket in its query and anything in its fragment. */
  readonly url: string;
  /** The message's visible text: page-derived, so untrusted. */
  readonly text: string;
  /** The phrases the content script chose from it, and whether they matched the page as an extra rule. */
  readonly phrases: readonly string[];
  readonly verified: boolean;
  readonly at: number;
  readonly browser: string;
  readonly os: string;
  readonly extensionVersion: string;
  /** BCP 47, for the date. */
  readonly lang: string;
}

// Product names, the same in both languages.
const SITE_NAMES: Readonly<Record<Site, string>> = { saga: 'SAGA', plage: 'PLAGE', hotline: 'ATIH' };
// A phrase IT must write when the message gave none usable: valid as it is, and it says so.
export const PHRASE_TO_FILL = 'À compléter : phrase du message';
const MAX_PHRASE = 200;
// Below this (encoded) size the message seen says too little: the rule's extra phrases go first.
const MIN_MESSAGE = 160;
// The environment's words are the browser's, short, and page addresses rarely long: bounded all the same
// (encoded sizes), so that the mail always fits, with the entry whole.
const MAX_FACT = 80;
const MAX_ADDRESS = 240;
// What the facts keep when nothing else is left to shorten (addresses of 254 characters, and so on).
const TIGHT = 24;

/** `phrase`, or its longest start that `fits`, by code point, ending on a whole word when one fits. */
function cutPhrase(phrase: string, fits: (kept: string) => boolean): string {
  if (fits(phrase)) return phrase;
  let kept = '';
  for (const ch of phrase) {
    if (!fits(kept + ch)) break;
    kept += ch;
  }
  const word = kept.lastIndexOf(' ');
  return (word > 0 ? kept.slice(0, word) : kept).trim();
}

// Escaped in the entry's JSON, then in the URL: what a phrase costs in the mailto: link.
const cost = (phrase: string): number => enc(JSON.stringify(phrase)).length;

/**
 * The phrases as an extra rule may hold them (checkExtraRules): on one line, at most 200 characters,
 * not blank once normalised, at most 10, no repeat. None left: the message's start, else a phrase to fill.
 */
function usablePhrases(phrases: readonly string[], message: string): string[] {
  const fine = (p: string): boolean => normalise(p) !== '';
  const kept = phrases.map((p) => cutPhrase(oneLine(p), (k) => k.length <= MAX_PHRASE)).filter(fine);
  const unique = [...new Set(kept)].slice(0, 10);
  if (unique.length > 0) return unique;
  const start = cutPhrase(message, (k) => k.length <= MAX_PHRASE);
  return [fine(start) ? start : PHRASE_TO_FILL];
}

interface Shape {
  readonly message: string;
  readonly phrases: readonly string[];
  readonly cc: boolean;
  /** The facts cut to TIGHT: the last resort. */
  readonly tight: boolean;
}

/**
 * The unknown-message report: the mailto: URL (always under MAILTO_LIMIT characters: the message seen
 * is shortened first, then the rule's phrases, never the entry's JSON), the body exactly as in it, and
 * the rule it carries. Throws when `to` is not a plain address; a bad `cc` is left out.
 */
export function buildUnknownReport(input: UnknownReportInput, t: Translate): UnknownReport {
  if (!isAddress(input.to)) throw new Error(`buildUnknownReport: "to" is not a plain mail address`);
  const unknown = t('mail_not_available');
  const site = SITE_NAMES[input.site];
  const subject = t('unknown_mail_subject', [site]);
  const date = dateFormat(input.lang, { dateStyle: 'short', timeStyle: 'long' });
  const hasCc = input.cc !== undefined && isAddress(input.cc);
  const message = oneLine(input.text);
  const phrases = usablePhrases(input.phrases, message);

  const compose = (shape: Shape): UnknownReport => {
    const value = (text: string, max = MAX_FACT): string => fit(oneLine(text), shape.tight ? TIGHT : max) || unknown;
    const rule = draftRule(input.site, shape.phrases);
    const entry = entryLine(rule);
    const checked = input.verified && shape.phrases.join('\n') === input.phrases.join('\n');
    const body = [
      t('mail_greeting'),
      '',
      t('unknown_mail_unrecognised', [site]),
      t(input.toIt ? 'unknown_mail_to_it' : 'unknown_mail_to_cng'),
      '',
      t('mail_message_seen', [shape.message || unknown]),
      t('mail_page', [value(pageAddress(input.url), MAX_ADDRESS)]),
      t('mail_date', [value(date(input.at))]),
      t('mail_browser', [value(input.browser)]),
      t('mail_os', [value(input.os)]),
      t('mail_extension', [value(input.extensionVersion)]),
      '',
      ...(checked ? [] : [t('unknown_mail_unverified'), '']),
      t('unknown_mail_entry'),
      entry,
      '',
      t('mail_closing'),
    ].join(CRLF);
    const href = `${mailtoPrefix(input.to, shape.cc ? input.cc : undefined)}${enc(subject)}&body=${enc(body)}`;
    return { to: input.to, href, body, rule, entry };
  };
  const fits = (shape: Shape): boolean => compose(shape).href.length < MAILTO_LIMIT;
  const sizeOf = (shape: Shape): number => compose(shape).href.length;

  let shape: Shape = { message, phrases, cc: hasCc, tight: false };
  if (fits(shape)) return compose(shape);
  // 1. The message seen, down to what still tells the reader something.
  const room = MAILTO_LIMIT - 1 - sizeOf({ ...shape, message: '' });
  shape = { ...shape, message: fit(message, Math.max(room, MIN_MESSAGE)) };
  // 2. The rule's last phrases: one phrase found on the page is a rule already.
  while (!fits(shape) && shape.phrases.length > 1) shape = { ...shape, phrases: shape.phrases.slice(0, -1) };
  // 3. The one phrase left, after a whole word; 4. the message seen, to nothing; 5. the copy; 6. the facts.
  if (!fits(shape)) {
    const base = sizeOf({ ...shape, phrases: [''] }) - cost('');
    const first = shape.phrases[0] ?? PHRASE_TO_FILL;
    const cut = cutPhrase(first, (k) => base + cost(k) < MAILTO_LIMIT);
    shape = { ...shape, phrases: [normalise(cut) !== '' ? cut : PHRASE_TO_FILL] };
  }
  if (!fits(shape)) shape = { ...shape, message: fit(message, MAILTO_LIMIT - 1 - sizeOf({ ...shape, message: '' })) };
  if (!fits(shape)) shape = { ...shape, cc: false };
  if (!fits(shape)) shape = { ...shape, message: '', tight: true };
  return compose(shape);
}
