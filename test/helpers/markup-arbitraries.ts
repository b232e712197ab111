import fc from 'fast-check';

/**
 * Random markup around a text that a person still reads the same way: the building blocks of the
 * markup property tests. "Must match" tests (test/unit/markup-*.property.test.ts) render a rule's
 * message with them; "must never match" tests can render their non-error contexts with the same ones.
 * Every arbitrary gives HTML text, so that one generated page runs in jsdom and in Chromium alike; whole
 * pages, with the content placed late, in shadow roots or in a frame, are in test/helpers/markup-pages.ts.
 */

/** One seed for every markup property: a failure prints it and the shrunk page, and the seed finds it again. */
export const MARKUP_SEED = 20261129;
/** Runs per property in jsdom (each run is a fresh page: about 15 ms). */
export const MARKUP_RUNS = 200;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What a person reads as a space between two words: spaces of every width, a ZWSP beside a space, a line break. */
export const gapArb: fc.Arbitrary<string> = fc.constantFrom(
  ...[' ', '\u00A0', '\u202F', '&nbsp;', '&#8239;', '\n      ', ' \u200B', '\u200B ', '\t '],
);

/** Every apostrophe French pages use, as the normaliser knows them. */
export const apostropheArb: fc.Arbitrary<string> = fc.constantFrom("'", '\u2019', '\u02BC', '\u2032', '\u00B4');

/** A change of case that leaves the word read the same (the page's own capitals, or text-transform's). */
export const caseArb: fc.Arbitrary<(word: string) => string> = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => w.toLowerCase(),
  (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
);

/** Inline formatting: never a box of its own, so never a word boundary. */
export const INLINE_TAGS = 'b strong em i u span small mark font abbr code label sup'.split(' ');
const inlineOpenArb: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constantFrom(...INLINE_TAGS).map((tag): [string, string] => [`<${tag}>`, `</${tag}>`]),
  fc.constant<[string, string]>(['<span class="x" style="display:inline">', '</span>']),
);
// A link is inline too, but never inside another: the HTML parser would close the first one and move
// what follows out of its box (the page would not be the one generated).
const linkOpenArb = fc.oneof(inlineOpenArb, fc.constant<[string, string]>(['<a href="#aide">', '</a>']));

/** Wraps HTML in one inline element (a link too when `links`: never around HTML holding one), or leaves it bare. */
export const inlineArb = (html: string, links = false): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(html),
    (links ? linkOpenArb : inlineOpenArb).map(([open, close]) => `${open}${html}${close}`),
  );

/**
 * One word, its case changed, its apostrophes varied, and maybe cut in two where a person sees no
 * cut: split text nodes (an HTML comment), an inline element around one half, a <wbr>.
 */
export const wordArb = (word: string): fc.Arbitrary<string> =>
  fc
    .tuple(caseArb, apostropheArb, fc.nat(), fc.constantFrom('none', 'comment', 'inline', 'wbr'), inlineOpenArb)
    .map(([changeCase, apostrophe, at, cut, [open, close]]) => {
      const w = changeCase(word).replace(/['\u2019]/g, apostrophe);
      const chars = [...w];
      if (cut === 'none' || chars.length < 2) return escape(w);
      const k = 1 + (at % (chars.length - 1));
      const [head, tail] = [escape(chars.slice(0, k).join('')), escape(chars.slice(k).join(''))];
      if (cut === 'comment') return `${head}<!---->${tail}`;
      if (cut === 'wbr') return `${head}<wbr>${tail}`;
      return at % 2 ? `${open}${head}${close}${tail}` : `${head}${open}${tail}${close}`;
    });

/**
 * A sentence as inline HTML: each word through wordArb, each gap through gapArb (inside or outside the
 * element that ends there), runs of words wrapped in inline elements (links among them unless `links`
 * is false: inside a link or a button), nested up to twice.
 */
export const sentenceArb = (text: string, links = true): fc.Arbitrary<string> => {
  const words = text.split(' ');
  return fc
    .tuple(
      fc.tuple(...words.map(wordArb)),
      fc.array(gapArb, { minLength: words.length, maxLength: words.length }),
      fc.array(fc.nat(3), { minLength: words.length, maxLength: words.length }),
    )
    .chain(([htmlWords, gaps, cuts]) => {
      // Runs of words: a new run starts where cuts[i] is 0.
      const runs: string[] = [];
      htmlWords.forEach((w, i) => {
        const piece = i === 0 ? w : `${gaps[i]}${w}`;
        if (i === 0 || cuts[i] === 0) runs.push(piece);
        else runs[runs.length - 1] += piece;
      });
      return fc.tuple(...runs.map((run) => inlineArb(run, links))).chain((wrapped) => inlineArb(wrapped.join('')));
    });
};

/** Elements drawn as boxes around one part of a message: tags, ARIA cells, CSS displays. */
const BLOCKS: readonly [string, string][] = [
  ['<div>', '</div>'],
  ['<p>', '</p>'],
  ['<h4>', '</h4>'],
  ['<li>', '</li>'],
  ['<span role="cell">', '</span>'],
  ['<span role="gridcell">', '</span>'],
  ['<span style="display:block">', '</span>'],
  ['<span style="display:inline-block">', '</span>'],
  ['<b style="display:table-cell">', '</b>'],
  ['<label style="display:block">', '</label>'],
];
/** Wraps one part of a message (inline HTML) in a box, so that it stands apart from its neighbours. */
export const partArb = (inline: string): fc.Arbitrary<string> =>
  fc.constantFrom(...BLOCKS).map(([open, close]) => `${open}${inline}${close}`);

/** Containers of a box of text that says nothing of what it holds. */
export const PLAIN_CONTAINERS: readonly [string, string][] = [
  ['<section>', '</section>'],
  ['<div class="card">', '</div>'],
  ['<div>', '</div>'],
];
/** Containers of an error message, as sites and frameworks mark them (role, live region, class names). */
export const ERROR_CONTAINERS: readonly [string, string][] = [
  ['<div class="alert alert-danger" role="alert">', '</div>'],
  ['<div class="error-message">', '</div>'],
  ['<div aria-live="assertive">', '</div>'],
  ['<section class="msg msg-erreur">', '</section>'],
  ['<div role="alertdialog" aria-label="Erreur">', '</div>'],
];
// How the parts are laid out inside the container: as they are, in a table's cell, in an ARIA grid's
// row, side by side in a flex box.
const LAYOUTS: readonly [string, string][] = [
  ['', ''],
  ['<table><tr><td>', '</td></tr></table>'],
  ['<div role="table"><div role="row">', '</div></div>'],
  ['<div style="display:flex;gap:4px">', '</div>'],
];

/**
 * A message box: its parts (inline HTML), each in a box of its own (partArb) or side by side separated
 * by a <br>, with white space between the boxes or none at all, laid out in one of LAYOUTS inside one
 * of `containers`, itself inside 0 to 2 more (never deeper: a message box is short).
 */
export const boxArb = (
  parts: readonly string[],
  containers: readonly [string, string][] = PLAIN_CONTAINERS,
): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.boolean(),
      fc.tuple(...parts.map(partArb)),
      fc.constantFrom('', ' ', '\n  '),
      fc.constantFrom(...LAYOUTS),
      fc.constantFrom(...containers),
      fc.array(fc.constantFrom(['<div>', '</div>'], ['<article>', '</article>'], ['<main>', '</main>']), {
        maxLength: 2,
      }),
    )
    .map(([withBr, boxed, between, [layoutOpen, layoutClose], [open, close], outer]) => {
      const inner = withBr ? `<p>${parts.join('<br>')}</p>` : boxed.join(between);
      let html = `${open}${layoutOpen}${inner}${layoutClose}${close}`;
      for (const [o, c] of outer) html = `${o}${html}${c}`;
      return html;
    });
