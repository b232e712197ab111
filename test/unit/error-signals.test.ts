import { describe, expect, it } from 'vitest';
import { markQuotes, sentenceWords } from '../../src/core/error-signals';
import { normalise } from '../../src/core/normalise';
import type { ExtraRule } from '../../src/lib/settings';
import { rulesOn } from '../helpers/page-rules';

// Issue "Recognition and panel that hold on pages nobody here has written", item 1: an error message
// stands in an error box or as a page's message; the same words quoted, negated, asked or in news and
// help are no error. Each signal, alone, on a page otherwise the same.
const SAGA = 'saga.cng.sante.fr';
const RIGHTS = 'Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur.';
const PAIRING = 'Appairage PLAGE-SAGA impossible.';
// Enough neutral text around for the page not to be small (600 characters).
const PROSE = '<p>La campagne de mobilité des directeurs ouvre le premier avril pour une durée de six semaines.</p>';
const big = (html: string): string => `<main><h1>Votre espace</h1>${PROSE.repeat(8)}${html}</main>`;
const on = (html: string, extra: ExtraRule[] = []): string[] => rulesOn(SAGA, html, extra);

describe('what counts as an error box', () => {
  it.each([
    ['role=alert', `<div role="alert"><p>${PAIRING}</p></div>`],
    ['role=alertdialog', `<div role="alertdialog"><p>${PAIRING}</p></div>`],
    ['role=dialog', `<div role="dialog"><p>${PAIRING}</p></div>`],
    ['<dialog open>', `<dialog open><p>${PAIRING}</p></dialog>`],
    ['aria-live=polite', `<div aria-live="polite"><p>${PAIRING}</p></div>`],
    ['aria-live=assertive', `<div aria-live="assertive"><div><p>${PAIRING}</p></div></div>`],
    ...['error', 'alert', 'alert-danger', 'warning', 'erreur', 'avertissement', 'message', 'fr-alert--error'].map(
      (c) => [`class ${c}`, `<div class="${c}"><p>${PAIRING}</p></div>`],
    ),
    ['an id naming an error', `<div id="loginError"><p>${PAIRING}</p></div>`],
    ['a heading "Erreur" above', `<h2>Erreur</h2><p>${PAIRING}</p>`],
  ])('key words in %s show their panel, on a page full of other text', (_name, html) => {
    expect(on(big(html))).toEqual(['saga-pairing-failed']);
  });

  it.each([
    ['a plain paragraph', `<p>${PAIRING}</p>`],
    ['aria-live=off', `<div aria-live="off"><p>${PAIRING}</p></div>`],
    ['a heading that is no "Erreur"', `<h2>Nouveautés</h2><p>${PAIRING}</p>`],
    ['an information box', `<div class="alert alert-info"><p>${PAIRING}</p></div>`],
    ['a box of good news', `<div class="fr-alert fr-alert--success"><p>${PAIRING}</p></div>`],
  ])('key words in %s show none on that page', (_name, html) => {
    expect(on(big(html))).toEqual([]);
  });

  it('key words in the shadow root of a host with role=alert show their panel', () => {
    const shadow = (doc: Document): void => {
      const root = doc.querySelector('#host')?.attachShadow({ mode: 'open' });
      if (root) root.innerHTML = `<div><p>${PAIRING}</p></div>`;
    };
    expect(rulesOn(SAGA, big('<div id="host" role="alert"></div>'), [], shadow)).toEqual(['saga-pairing-failed']);
    expect(rulesOn(SAGA, big('<div id="host"></div>'), [], shadow)).toEqual([]);
  });

  it('key words that are a small page’s message show their panel; as one list item among others, not', () => {
    expect(on(`<h1>SAGA Directeurs</h1><p>${PAIRING}</p><a href="/">Retour</a>`)).toEqual(['saga-pairing-failed']);
    expect(on(`<ul><li>${PAIRING}</li><li>Campagne de mobilité</li></ul>`)).toEqual([]);
    // One error in a list of its own (a form's errors), though, is a message.
    expect(on(`<ul><li>${PAIRING}</li></ul>`)).toEqual(['saga-pairing-failed']);
  });
});

describe('how much each phrase needs', () => {
  it('the guide’s sentence stands alone as a sentence of its own, even without a box, on a long page', () => {
    expect(on(big(`<p>${RIGHTS}</p>`))).toEqual(['saga-rights-invalid']);
    expect(on(big(`<p>Erreur : ${RIGHTS} Merci de vous rapprocher de votre administrateur.</p>`))).toEqual([
      'saga-rights-invalid',
    ]);
  });

  it('within a longer sentence it needs an error box', () => {
    const longer = `<p>Pour les directeurs nommés en mars ${RIGHTS.slice(0, -1)} depuis hier.</p>`;
    expect(on(big(longer))).toEqual([]);
    expect(on(big(`<div class="alert">${longer}</div>`))).toEqual(['saga-rights-invalid']);
  });

  it('its key words alone ("aucun droit valide défini") need an error box', () => {
    expect(on(big('<p>Aucun droit valide défini.</p>'))).toEqual([]);
    expect(on(big('<p role="alert">Aucun droit valide défini.</p>'))).toEqual(['saga-rights-invalid']);
  });

  it('an IT department’s sentence (five words or more) stands alone; its key words need a box', () => {
    const base = { site: 'saga' as const, titleFr: 'Indisponible', stepsFr: ['Réessayez plus tard.'] };
    const sentence: ExtraRule = { ...base, id: 'saga-down', phrases: ['Le service est temporairement indisponible'] };
    const keys: ExtraRule = { ...base, id: 'saga-keys', phrases: ['service', 'indisponible'] };
    const page = big('<p>Le service est temporairement indisponible.</p>');
    expect(on(page, [sentence])).toEqual(['saga-down']);
    expect(on(page, [keys])).toEqual([]);
    expect(on(big('<p class="error">Le service est temporairement indisponible.</p>'), [keys])).toEqual(['saga-keys']);
  });
});

describe('what is text about an error, even in an error box', () => {
  it.each([
    ['« »', `<p>Le texte « ${PAIRING.slice(0, -1)} » à la connexion.</p>`],
    ['“ ”', `<p>Voir “${PAIRING.slice(0, -1)}”.</p>`],
    ['" "', `<p>Voir "${PAIRING.slice(0, -1)}".</p>`],
    ['‘ ’', `<p>Voir ‘${RIGHTS.slice(0, -1)}’.</p>`],
    ['a negation', '<p>L’appairage PLAGE-SAGA n’est plus impossible.</p>'],
    ['"ne s’affiche plus"', `<p>Le texte ${RIGHTS.slice(0, -1)} ne s’affiche plus.</p>`],
    ['a condition', '<p>Si l’appairage PLAGE-SAGA est impossible, fermez le navigateur.</p>'],
    ['a question', '<p>Pourquoi l’appairage PLAGE-SAGA est-il impossible ?</p>'],
    ['talk of the message', '<p>Le message Appairage PLAGE-SAGA impossible.</p>'],
    ['a long paragraph', `<p>${PROSE.slice(3, -4).repeat(4)} ${PAIRING} ${PROSE.slice(3, -4)}</p>`],
    ['an FAQ section', `<section class="faq"><p>${PAIRING}</p></section>`],
    ['a news section', `<section id="actualites"><p>${PAIRING}</p></section>`],
    ['a quotation', `<blockquote><p>${PAIRING}</p></blockquote>`],
  ])('%s', (_name, html) => {
    expect(on(big(`<div role="alert">${html}</div>`))).toEqual([]);
    expect(on(`<div role="alert">${html}</div>`)).toEqual([]);
  });
});

describe('markQuotes, sentenceWords', () => {
  const words = (raw: string, phrase: string): number => sentenceWords(normalise(markQuotes(raw)), phrase, [phrase]);
  it('reads an apostrophe between letters as one, at a word’s edge as a quote', () => {
    expect(markQuotes("n’avez l'appairage ‘x’ 'y' «z» “w”")).toBe('n’avez l\'appairage "x" "y" "z" "w"');
  });
  it('counts the other words of the phrase’s sentence, Infinity when none stands free', () => {
    expect(words('Erreur : appairage impossible. Si le problème persiste, appelez.', 'appairage')).toBe(2);
    expect(words('Le « appairage » impossible.', 'appairage')).toBe(Infinity);
    expect(words('Quand l’appairage échoue.', 'appairage')).toBe(Infinity);
    expect(words('Désappairage impossible.', 'appairage')).toBe(Infinity);
  });
});
