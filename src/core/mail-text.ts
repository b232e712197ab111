/**
 * The text rules every prefilled mail follows (the mail to the CNG administrator, core/mail.ts, and the
 * unknown-message report, lib/unknown-report.ts): page text kept on one line and read as written, page
 * addresses without their secrets, one plain address per recipient, a mailto: URL Windows can hand over.
 */

/** Windows fails to hand a longer mailto: URL over to the mail program. */
export const MAILTO_LIMIT = 2000;

export const CRLF = '\r\n';
const ELLIPSIS = '…';
const ADDRESS = /^[A-Za-z0-9._+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
// Controls, line separators and bidi overrides: page text must stay on its line and read as written.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// encodeURIComponent throws on a lone surrogate, which page text may hold.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const enc = encodeURIComponent;

/** Origin and path of `url`, never its query (CAS `ticket=`) nor fragment; '' when not a web address. */
export function pageAddress(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return '';
    // Java servlets may put the session id in the path (";jsessionid=…"), as secret as a ticket.
    return u.origin + u.pathname.replace(/;[^/]*/g, '');
  } catch {
    return '';
  }
}

/** Page text on one line: no control, line separator or bidi override, no lone surrogate, single spaces. */
export function oneLine(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A plain mail address (local@domain.tld): nothing that could add a header or a recipient to a mailto. */
export const isAddress = (text: string): boolean => text.length <= 254 && ADDRESS.test(text);

/**
 * A mailto: URL's start, up to its subject's value: the address, and the copy when it is one plain
 * address (else none). `to` is checked by the caller, which throws on a bad one.
 */
export function mailtoPrefix(to: string, cc?: string): string {
  const copy = cc !== undefined && isAddress(cc) ? `cc=${enc(cc).replace(/%40/g, '@')}&` : '';
  return `mailto:${to}?${copy}subject=`;
}

/** `text`, or its longest start that, with an ellipsis, encodes to at most `budget` characters. */
export function fit(text: string, budget: number): string {
  if (enc(text).length <= budget) return text;
  let used = enc(ELLIPSIS).length;
  if (used > budget) return '';
  let kept = '';
  // By code point, so that neither a surrogate pair nor a %XX escape is ever split.
  for (const ch of text) {
    used += enc(ch).length;
    if (used > budget) break;
    kept += ch;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/** A date formatter in `lang`, or the default locale's when `lang` is not one; '' for an invalid time. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): (at: number) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(lang, options);
  } catch {
    format = new Intl.DateTimeFormat(undefined, options);
  }
  return (at) => (Number.isFinite(at) ? format.format(at) : '');
}
