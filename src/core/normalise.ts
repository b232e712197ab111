/**
 * Text normalisation shared by the rules (at load) and the page scanner (at run time), so that
 * "PLAGÉ", "Plage" and "plage" compare equal and layout quirks of real pages do not matter.
 */

// Every apostrophe look-alike seen in French pages: typographic, prime, grave, acute, modifier letter.
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4\u02BC\u02B9]/g;
// Combining marks left by NFD: removing them strips accents (é → e) without a lookup table.
const COMBINING = /[\u0300-\u036f]/g;
// Any run of white space, including no-break (U+00A0), narrow no-break (U+202F) and zero-width ones.
const SPACES = /[\s\u00A0\u202F\u2007\u200B\u200C\u200D\uFEFF]+/g;

/** Lower-case, accent-free, single-spaced text with plain apostrophes and ligatures expanded. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ')
    .trim();
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
