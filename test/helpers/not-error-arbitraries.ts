import fc from 'fast-check';
import { sentenceArb } from './markup-arbitraries';

/**
 * The places where a rule's words stand on a page that shows NO error: prose, quotes, negations,
 * questions, news, hidden or inert markup, attribute values, comments. "Must never match" properties
 * (test/unit/not-an-error.property.test.ts) put every rule's words there; the words themselves come
 * through the other engineer's sentenceArb (random inline markup, case and apostrophes).
 */

// Neutral prose: none of the rules' words, none of the words that make a sentence talk ABOUT one.
const PROSE = [
  'La campagne de mobilité des directeurs ouvre le premier avril pour une durée de six semaines.',
  'Les postes vacants sont publiés chaque semaine dans l’onglet Postes de votre espace personnel.',
  'Vos arrêtés de nomination et d’avancement sont déposés ici dès leur signature par la directrice générale.',
  'La commission administrative paritaire nationale se réunira en juin pour examiner les dossiers reçus.',
  'Une demande enregistrée reste valable jusqu’à la clôture de la campagne en cours cette année.',
  'Les pièces justificatives doivent être déposées au format PDF avant la date indiquée dans le calendrier.',
  'Le département de gestion des directeurs étudie chaque dossier au cas par cas avec attention.',
  'Les établissements d’accueil reçoivent les candidatures dans un délai de deux semaines après leur envoi.',
];
// Opening and closing words of a long sentence: more than twenty words around the rule's words.
const BEFORE = [
  'Depuis la dernière mise à jour de la plateforme nationale publiée par le centre au début du mois dernier, les directeurs qui lisaient',
  'Au cours de la réunion annuelle des établissements publics de santé tenue à Paris au printemps dernier, plusieurs directeurs ont évoqué',
];
const AFTER = [
  'peuvent désormais poursuivre leur démarche auprès du centre national de gestion pendant toute la durée de la campagne de mobilité annuelle',
  'ont reçu une réponse écrite du département de gestion des directeurs dans un délai raisonnable au cours des semaines suivantes',
];
const QUOTES: readonly [string, string][] = [
  ['« ', ' »'],
  ['«\u00A0', '\u00A0»'],
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
];
// Speaking of the message: negated, conditional, asked, given as an example. `$` is where it stands.
const ABOUT = [
  'Si le message $ ne s’affiche plus, vous pouvez vous connecter.',
  'Si vous n’avez pas de message $, votre compte est en ordre.',
  'Vous ne verrez plus $ à la connexion.',
  '$ n’apparaît plus depuis la mise à jour.',
  'Ce message ne s’affiche plus : $.',
  'Il n’y a jamais eu de $ sur ce poste.',
  'Lorsque $ s’affiche, fermez le navigateur.',
  'Quand $ apparaît, rechargez la page.',
  'Que faire si $ ?',
  'Pourquoi $ ?',
  'Comment corriger $ ?',
  'Exemple : $.',
];
const HIDING: readonly [string, string][] = [
  ['<div style="display:none">', '</div>'],
  ['<div hidden>', '</div>'],
  ['<div style="visibility:hidden">', '</div>'],
  ['<div aria-hidden="true">', '</div>'],
  ['<div style="opacity:0">', '</div>'],
  ['<details><summary>Détails</summary>', '</details>'],
];

const escapeText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (t: string): string => escapeText(t).replace(/"/g, '&quot;');
const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);
const block = (html: string): fc.Arbitrary<string> => pick(['p', 'div']).map((tag) => `<${tag}>${html}</${tag}>`);

/** A neutral paragraph, short or long. */
export const fillerArb: fc.Arbitrary<string> = fc
  .array(pick(PROSE), { minLength: 1, maxLength: 3 })
  .map((s) => `<p>${s.join(' ')}</p>`);

/** Each kind of place that is no error, as HTML around `text`: of a message's words, or a screen's (`message` false). */
export function notAnErrorArb(text: string, message: boolean): fc.Arbitrary<string> {
  const words = sentenceArb(text);
  const contexts: fc.Arbitrary<string>[] = [
    // Inside a longer sentence of prose.
    fc.tuple(pick(BEFORE), words, pick(AFTER)).chain(([b, w, a]) => block(`${b} ${w} ${a}.`)),
    // A sentence of its own in a long paragraph of prose.
    fc
      .tuple(fc.array(pick(PROSE), { minLength: 5, maxLength: 7 }), words, fc.array(pick(PROSE), { minLength: 2 }))
      .map(([b, w, a]) => `<p>${b.join(' ')} ${w}. ${a.join(' ')}</p>`),
    // Quoted, in a short sentence.
    fc
      .tuple(
        pick(['', 'Intitulé affiché :', 'Voir', 'Texte']),
        pick(QUOTES),
        words,
        pick(['', '.', ' à la connexion.']),
      )
      .chain(([b, [open, close], w, a]) => block(`${b} ${open}${w}${close}${a}`)),
    // Negated, conditional, asked, an example, quoted or not; in a plain box or an information box.
    fc
      .tuple(pick(ABOUT), fc.option(pick(QUOTES)), words, pick(['', ' class="alert alert-info"', ' role="status"']))
      .map(([s, q, w, box]) => `<div${box}><p>${s.replace('$', q ? `${q[0]}${w}${q[1]}` : w)}</p></div>`),
    // A news item among others, its words in a long sentence.
    fc.tuple(pick(['ul', 'section']), pick(BEFORE), words, pick(AFTER), fc.nat(2)).map(([list, b, w, a, at]) => {
      const item = list === 'ul' ? 'li' : 'article';
      const items = PROSE.slice(0, 3).map((p) => `<${item}><h3>Actualité</h3><p>${p}</p></${item}>`);
      items[at] = `<${item}><h3>Actualité</h3><p>${b} ${w} ${a}.</p></${item}>`;
      return `<${list}>${items.join('')}</${list}>`;
    }),
    // Hidden, even in an error box.
    fc.tuple(pick(HIDING), words).map(([[open, close], w]) => `${open}<div role="alert"><p>${w}</p></div>${close}`),
    // Code, templates and the like, even in an error box; a comment.
    pick([
      `<script>var shown = ${JSON.stringify(text).replace(/</g, '\\u003c')};</script>`,
      `<template><div role="alert"><p>${escapeText(text)}</p></div></template>`,
      `<noscript><div class="alert alert-danger">${escapeText(text)}</div></noscript>`,
      `<style>/* ${text.replace(/\*\//g, '')} */</style>`,
      `<div role="alert"><!-- ${text.replace(/--/g, '')} --></div>`,
    ]),
    // Attribute values: a title, an alt text, data-*, what a text box holds.
    pick([
      `<div title="${escapeAttr(text)}">Aide</div>`,
      `<img alt="${escapeAttr(text)}" src="data:,">`,
      `<div role="alert" data-message="${escapeAttr(text)}"></div>`,
      `<input type="text" value="${escapeAttr(text)}">`,
    ]),
  ];
  // A news title among others: no error for a message (a screen's tile or label may well be one).
  if (message)
    contexts.push(words.map((w) => `<ul><li><h3>${w} le 12 mars</h3></li><li><h3>Campagne de mobilité</h3></li></ul>`));
  return fc.oneof(...contexts);
}

/** A page: its rule's texts each in a place that is no error, among neutral paragraphs (none: a small page). */
export function notAnErrorPageArb(texts: readonly string[], message: boolean): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fillerArb, { maxLength: 4 }), fc.tuple(...texts.map((t) => notAnErrorArb(t, message))))
    .chain(([filler, placed]) =>
      fc.shuffledSubarray([...filler, ...placed], { minLength: filler.length + placed.length }),
    )
    .map((blocks) => `<main>${blocks.join('\n')}</main>`);
}
