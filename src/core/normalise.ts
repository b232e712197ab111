/**
 * Text normalisation shared by the rules (at load) and the page scanner (at run time), so that
 * "PLAGÉ", "Plage" and "plage" compare equal and layout quirks of real pages do not matter.
 */

// Every apostrophe look-alike seen in French pages: typographic, prime, grave, acute, modifier letter.
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4\u02BC\u02B9]/g;
// Accented letters of French (and their neighbours in Latin-1), folded by a table rather than by Unicode
// NFD: NFD over a long page took Chromium 4 to 8 ms per 340 KB, the table well under 1 ms.
const FOLD: Readonly<Record<string, string>> = Object.fromEntries(
  'àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ñn òo óo ôo õo öo øo ùu úu ûu üu ýy ÿy œoe'
    .split(' ')
    .map((pair) => [pair[0] as string, pair.slice(1)]),
);
const ACCENTED = /[àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœ]/g;
// Combining marks, for text that arrives already decomposed (e + U+0301).
const COMBINING = /[\u0300-\u036f]/g;
// White space to fold into one plain space: runs of two or more, and any single one that is not a plain
// space (no-break U+00A0, narrow no-break U+202F and the other \s, zero-width ones). A plain single space,
// by far the most common, is left alone rather than replaced by itself.
const SPACES = /[\s\u200B-\u200D]{2,}|[^\S ]|[\u200B-\u200D]/g;

/** Lower-case, accent-free, single-spaced text with plain apostrophes and ligatures expanded. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(ACCENTED, (letter) => FOLD[letter] ?? letter)
    .replace(COMBINING, '')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim();
}

/**
 * A test of page text (as looseText gives it) that holds wherever normalise(text) holds one of `phrases`
 * (normalised), never missing one, without normalising the text: one regular expression over the
 * lower-cased text (combining marks and ligatures undone: rare, so cheap), in which each letter stands for its accented forms, an apostrophe
 * for its look-alikes and a space for any run of white space. On 340 KB of page text it costs less than
 * half of normalise() and the search after it; it may say yes wrongly (a phrase across two blocks), which
 * only costs a closer reading.
 */
export function looseMatcher(phrases: readonly string[]): (text: string) => boolean {
  const forms: Record<string, string> = { "'": `[${APOSTROPHES.source.slice(1, -1)}']`, ' ': '[\\s\u200B-\u200D]+' };
  for (const [accented, plain] of Object.entries(FOLD))
    if (!plain[1]) forms[plain] = `[${plain}${accented}${forms[plain]?.slice(2, -1) ?? ''}]`;
  // A phrase that holds another is found wherever that one is: only the shortest are looked for.
  const source = phrases
    .filter((p) => !phrases.some((q) => q != p && p.includes(q)))
    .map((phrase) => [...phrase].map((ch) => forms[ch] ?? ch.replace(/[$()*+./?[\\\]^{|}-]/, '\\$&')).join(''))
    .join('|');
  const pattern = new RegExp(source || '(?!)');
  return (text) => pattern.test(text);
}

/** Raw text as looseMatcher's tests take it: made once, however many phrase lists ask of it. */
export function looseText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(COMBINING, '')
    .replace(/[æœ]/g, (ligature) => FOLD[ligature] as string);
}

/**
 * The guide's own screenshots spell the SAGA entity code both CNG00SAGA and CNGooSAGA: a letter O
 * and a zero are made the same so that either spelling on the page matches.
 */
export function normaliseCode(text: string): string {
  return normalise(text).toUpperCase().replace(/O/g, '0').replace(/[\s-]/g, '');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

/**
 * Whether `phrase` (already normalised) stands in `text` (already normalised) as whole words, so that
 * "possible" is not found in "impossible" and "valide" is not found in "invalide".
 */
export function hasPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length])) return true;
    from = at + 1;
  }
}
