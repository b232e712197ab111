import { describe, expect, it } from 'vitest';
import { hasPhrase, normalise, normaliseCode } from '../../src/core/normalise';

describe('normalise: the same words compare equal however the page writes them', () => {
  it('ignores case and accents: "PLAGÉ", "Plage" and "plage" are one word', () => {
    expect(normalise('PLAGÉ')).toBe('plage');
    expect(normalise('Plage')).toBe('plage');
    expect(normalise('plage')).toBe('plage');
  });

  it('strips accents from ordinals and capitals: "1ère" → "1ere", "ÉCHEC" → "echec"', () => {
    expect(normalise('1ère')).toBe('1ere');
    expect(normalise('ÉCHEC')).toBe('echec');
    expect(normalise('État du profil')).toBe('etat du profil');
  });

  it('expands the œ ligature, in lower and upper case', () => {
    expect(normalise('cœur')).toBe('coeur');
    expect(normalise('ŒUVRE')).toBe('oeuvre');
  });

  it.each([
    ['’', 'right single quotation mark U+2019'],
    ['‘', 'left single quotation mark U+2018'],
    ['ʼ', 'modifier letter apostrophe U+02BC'],
    ['´', 'acute accent U+00B4'],
    ['`', 'grave accent U+0060'],
    ["'", 'plain apostrophe'],
  ])('turns the apostrophe %s (%s) into a plain one', (mark) => {
    expect(normalise(`L${mark}appairage a échoué`)).toBe("l'appairage a echoue");
  });

  it.each([
    ['\u00A0', 'non-breaking space U+00A0'],
    ['\u202F', 'narrow no-break space U+202F'],
    ['\u200B', 'zero-width space U+200B'],
    ['\t', 'tab'],
    ['\n', 'line feed'],
    ['\r\n', 'CR LF line break'],
  ])('reads %j (%s) as one ordinary space', (space) => {
    expect(normalise(`Libellé${space}du${space}profil`)).toBe('libelle du profil');
  });

  it('collapses a mixed run of white space into a single space', () => {
    expect(normalise('Mes\u00A0\u202F\u200B\t\n  profils')).toBe('mes profils');
  });

  it('trims white space of every kind at both ends', () => {
    expect(normalise(' \u00A0\t Actif \n\u202F')).toBe('actif');
    expect(normalise('\u200BActif\u200B')).toBe('actif');
    expect(normalise(' \n\t ')).toBe('');
  });

  it('gives the same result for composed (NFC) and decomposed (NFD) input', () => {
    const text = 'Échec de l’appairage : État « Réactivé », 1ère connexion';
    const nfc = text.normalize('NFC');
    const nfd = text.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normalise(nfd)).toBe(normalise(nfc));
    expect(normalise(nfd)).toBe("echec de l'appairage : etat « reactive », 1ere connexion");
  });
});

describe('hasPhrase: finds a phrase only as whole words', () => {
  const has = (text: string, phrase: string): boolean => hasPhrase(normalise(text), normalise(phrase));

  it('does not find "possible" inside "impossible"', () => {
    expect(has('Connexion impossible', 'possible')).toBe(false);
  });

  it('does not find "valide" inside "invalide" nor inside "validée"', () => {
    expect(has('Identifiant invalide', 'valide')).toBe(false);
    expect(has('Demande validée', 'valide')).toBe(false);
    expect(has('Profil valide', 'valide')).toBe(true);
  });

  it('finds a phrase at the very start and at the very end of the text', () => {
    expect(has('Actif depuis hier', 'actif')).toBe(true);
    expect(has('Votre profil est actif', 'actif')).toBe(true);
    expect(has('actif', 'actif')).toBe(true);
  });

  it('finds a phrase standing right after an apostrophe: "l’appairage" contains "appairage"', () => {
    expect(has('L’appairage PLAGE – SAGA a échoué', 'appairage')).toBe(true);
  });

  it('finds a phrase next to punctuation', () => {
    expect(has('Statut : actif.', 'actif')).toBe(true);
    expect(has('(actif)', 'actif')).toBe(true);
  });

  it('finds a whole occurrence that comes after one inside a longer word', () => {
    expect(has('Impossible ? Non, possible.', 'possible')).toBe(true);
    expect(has('invalide puis valide', 'valide')).toBe(true);
    expect(has('impossible, impossible et impossible', 'possible')).toBe(false);
  });

  it('finds a multi-word phrase whatever the spacing on the page', () => {
    expect(has('Votre profil ET\u00A0CNG\nSAGA', 'ET CNG SAGA')).toBe(true);
  });

  it('never finds an empty phrase', () => {
    expect(hasPhrase('quelque chose', '')).toBe(false);
    expect(hasPhrase('', '')).toBe(false);
  });
});

describe('normaliseCode: the SAGA entity code matches with letters O or zeros', () => {
  it('makes "CNGooSAGA", "CNG00SAGA", "cng00saga" and "CNG OO SAGA" equal', () => {
    const codes = ['CNGooSAGA', 'CNG00SAGA', 'cng00saga', 'CNG OO SAGA'].map(normaliseCode);
    expect(new Set(codes).size).toBe(1);
    expect(codes[0]).toBe('CNG00SAGA');
  });

  it('ignores no-break spaces and hyphens inside the code', () => {
    expect(normaliseCode('CNG\u00A000-SAGA')).toBe(normaliseCode('CNG00SAGA'));
  });

  it('keeps another entity code different', () => {
    expect(normaliseCode('750000001')).not.toBe(normaliseCode('CNG00SAGA'));
  });
});
