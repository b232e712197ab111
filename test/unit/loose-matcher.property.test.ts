import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../src/core/catalogue';
import { looseMatcher, looseText, normalise } from '../../src/core/normalise';
import { PageIndex } from '../../src/core/page-index';
import { openHtml } from '../helpers/page';
import { RULES } from '../../src/rules';
import { MARKUP_SEED } from '../helpers/markup-arbitraries';

// The page index asks the loose matcher first, over a whole page's raw text, and reads the page block by
// block only when it says yes: a phrase it missed would be a panel never shown. So, for any text: if the
// normalised text holds a phrase, the loose matcher says so.
const PHRASES = [...compileCatalogue(RULES).phrases, 'a.b (c)', "l'œuvre", 'x-y'].map(normalise);
const loose = looseMatcher(PHRASES);
const matches = (page: string): boolean => loose(looseText(page));

// What a page may do to each character of a phrase without changing it once normalised.
const ACCENTED: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'A', 'à', 'â', 'Ä', 'a\u0301'],
  e: ['e', 'E', 'é', 'è', 'Ê', 'ë', 'e\u0301'],
  i: ['i', 'I', 'î', 'ï', '\u0130'],
  k: ['k', 'K', '\u212a'],
  o: ['o', 'O', 'ô', 'ö', 'o\u0302'],
  u: ['u', 'U', 'ù', 'û', 'ü'],
  c: ['c', 'C', 'ç', 'Ç'],
  n: ['n', 'N', 'ñ'],
  "'": ["'", '’', '‘', 'ʼ', '`', '´'],
  ' ': [' ', '  ', '\u00a0', '\u202f', '\n\t', ' \u200b', '\u200b'],
};

function rendered(phrase: string): fc.Arbitrary<string> {
  const chars = [...phrase.replace(/oe/g, '\u0000')].map((ch) =>
    ch === '\u0000' ? fc.constantFrom('oe', 'œ', 'Œ') : fc.constantFrom(...(ACCENTED[ch] ?? [ch, ch.toUpperCase()])),
  );
  return fc.tuple(...chars).map((parts) => parts.join(''));
}

const noise = fc.string({ unit: fc.constantFrom(...'aeé ’\u00a0\u0301.xœ-'.split('')), maxLength: 12 });

describe('the loose matcher over raw page text', () => {
  it('finds every phrase however the page writes it (case, accents, apostrophes, spaces, marks)', () => {
    const pages = fc
      .constantFrom(...PHRASES)
      .chain((phrase) => fc.tuple(fc.constant(phrase), noise, rendered(phrase), noise));
    fc.assert(
      fc.property(pages, ([phrase, before, text, after]) => {
        const page = `${before}${text}${after}`;
        expect(normalise(page)).toContain(phrase);
        expect(matches(page)).toBe(true);
      }),
      { seed: MARKUP_SEED, numRuns: 500 },
    );
  });

  it('never says no where the normalised text holds a phrase', () => {
    const unit = fc.constantFrom(...'apiragecdhlmnostuv éèàçÉÀ’\u00a0\u200b\u0301œŒ\u0130\u212a\u212b'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (page) => {
        if (PHRASES.some((p) => normalise(page).includes(p))) expect(matches(page)).toBe(true);
      }),
      { seed: MARKUP_SEED, numRuns: 2000 },
    );
  });

  it('says no on text without any phrase, and on words that only look alike', () => {
    expect(matches('Le Centre national de gestion publie les arrêtés de nomination.')).toBe(false);
    expect(matches('appairag e')).toBe(false);
    expect(looseMatcher([])(looseText('appairage'))).toBe(false);
    expect(matches('axb (c)')).toBe(false);
  });

  it('lets the page index find a block whose text a ligature makes shorter than the phrase', () => {
    const doc = openHtml('<main><p>Cœur</p><p>Cour</p></main>', 'https://saga.cng.sante.fr/').window.document;
    const index = new PageIndex(['coeur']);
    index.scan(doc.documentElement);
    expect(index.blocksWith(0).map((b) => b.textContent)).toEqual(['Cœur']);
  });
});
