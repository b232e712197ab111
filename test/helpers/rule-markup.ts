import fc from 'fast-check';
import { boxArb, ERROR_CONTAINERS, partArb, sentenceArb } from './markup-arbitraries';

/**
 * Each rule's message as its page shows it (wording from the guide and the fixture pages), in random
 * markup: what the markup property tests render, in jsdom and in Chromium, and expect to be recognised.
 */

export interface RuleMessage {
  /** The host the message appears on (its site). */
  readonly host: string;
  /** The content of the page that holds the message. */
  readonly content: fc.Arbitrary<string>;
}

const sentences = (...texts: string[]): fc.Arbitrary<string[]> => fc.tuple(...texts.map((text) => sentenceArb(text)));
const box = (...texts: string[]): fc.Arbitrary<string> => sentences(...texts).chain((parts) => boxArb(parts));
// An error message stands in an error box, as SAGA's and PLAGE's do (and as tells it from text about it).
const errorBox = (...texts: string[]): fc.Arbitrary<string> =>
  sentences(...texts).chain((parts) => boxArb(parts, ERROR_CONTAINERS));
const button = (text: string): fc.Arbitrary<string> =>
  sentenceArb(text, false).chain((label) =>
    fc.constantFrom(
      `<button type="button">${label}</button>`,
      `<a class="btn" href="#suite" role="button">${label}</a>`,
      `<div role="button" tabindex="0">${label}</div>`,
    ),
  );
// Page-wide rules: each phrase in a block of its own, in any of the boxes a page draws.
const blocks = (...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> =>
  fc.tuple(...parts, fc.constantFrom('', '\n')).map((all) => all.slice(0, -1).join(all[all.length - 1]));

const PAIRING_WORDINGS = [
  ['Appairage PLAGE-SAGA impossible', 'Veuillez contacter l’administrateur CNG.'],
  ['Échec de l’appairage de votre compte PLAGE', 'Réessayez plus tard.'],
  ['L’appairage PLAGE-SAGA a échoué.'],
];

const profiles = (state: 'Actif' | 'Inactif' | 'En attente de validation' | null): fc.Arbitrary<string> =>
  fc
    .tuple(profileTable(state), button('+ Demander un profil'))
    .map(([table, request]) => `<h1>Mes profils / habilitations</h1>${request}${table}`);

export const RULE_MESSAGES: Readonly<Record<string, RuleMessage>> = {
  'saga-rights-invalid': {
    host: 'saga.cng.sante.fr',
    content: errorBox(
      'Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur.',
      'Merci de vous rapprocher de votre administrateur.',
    ),
  },
  'saga-pairing-failed': {
    host: 'saga.cng.sante.fr',
    content: fc.constantFrom(...PAIRING_WORDINGS).chain((texts) => errorBox(...texts)),
  },
  'saga-first-login': {
    host: 'saga.cng.sante.fr',
    content: blocks(
      fc
        .constantFrom('1ère', '1<sup>ère</sup>', 'Première')
        .chain((first) => sentenceArb('authentification depuis Plage').map((rest) => `<h1>${first} ${rest}</h1>`)),
      sentenceArb('Nous devons associer votre compte utilisateur PLAGE à SAGA Directeurs.').chain(partArb),
      button('Valider'),
    ),
  },
  'saga-account-choice': {
    host: 'saga.cng.sante.fr',
    content: blocks(
      sentenceArb('Choisissez le compte sur lequel vous souhaitez vous connecter :').chain(partArb),
      box('CNG00SAGA', 'Directeur', 'Accéder à l’espace'),
    ),
  },
  'hotline-portal': {
    host: 'assistance.atih.sante.fr',
    content: blocks(
      sentenceArb('Portails recommandés').map((t) => `<h2>${t}</h2>`),
      box('Transmission PMSI', 'e-PMSI, Logiciels PMSI'),
      box('PLAGE', 'Support PLAGE'),
    ),
  },
  'hotline-plage': {
    host: 'assistance.atih.sante.fr',
    content: blocks(box('Assistance PLAGÉ', 'Aide ou demande concernant les habilitations'), box('Incident PLAGÉ')),
  },
  'plage-profile-active': { host: 'connect-pasrel.atih.sante.fr', content: profiles('Actif') },
  'plage-profile-inactive': {
    host: 'connect-pasrel.atih.sante.fr',
    content: fc.constantFrom('Inactif', 'En attente de validation' as const).chain(profiles),
  },
  'plage-profile-missing': { host: 'connect-pasrel.atih.sante.fr', content: profiles(null) },
};

type Column = 'Libellé du profil' | 'finess' | 'État du profil' | 'Entité' | 'Adresse électronique';
type Row = Readonly<Record<Column, string>>;

/**
 * The Pasrel profiles table with the SAGA row in `state` (null: no SAGA row), its columns in any
 * order (some left out), as an HTML table or an ARIA grid of <div>/<span> cells, with or without white
 * space between the cells, each cell's text in random inline markup.
 */
function profileTable(state: string | null): fc.Arbitrary<string> {
  const other: Row = {
    'Libellé du profil': 'ET CH EXEMPLE',
    finess: '750000001',
    'État du profil': 'Inactif',
    Entité: 'CH EXEMPLE',
    'Adresse électronique': 'prenom.nom@chu.fr',
  };
  const saga = (s: string, code: string): Row =>
    ({ ...other, 'Libellé du profil': 'ET CNG SAGA', finess: code, 'État du profil': s, Entité: 'ET CNG SAGA' }) as Row;
  return fc
    .record({
      extra: fc.shuffledSubarray(['finess', 'Entité', 'Adresse électronique'] as const),
      order: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
      code: fc.constantFrom('CNG00SAGA', 'CNGooSAGA'),
      sagaFirst: fc.boolean(),
      aria: fc.boolean(),
      between: fc.constantFrom('', '', ' ', '\n  '),
      cellTag: fc.constantFrom('div', 'span', 'mixed'),
    })
    .chain(({ extra, order, code, sagaFirst, aria, between, cellTag }) => {
      const columns = [...(['Libellé du profil', 'État du profil'] as const), ...extra]
        .map((c, i) => [c, order[i] ?? 0] as const)
        .sort((a, b) => a[1] - b[1])
        .map(([c]) => c);
      const rows: Row[] =
        state === null ? [other] : sagaFirst ? [saga(state, code), other] : [other, saga(state, code)];
      const texts = [columns as readonly string[], ...rows.map((r) => columns.map((c) => r[c]))];
      return fc.tuple(...texts.map((row) => fc.tuple(...row.map((cell) => sentenceArb(cell))))).map((cells) => {
        const tag = (i: number): string => (cellTag === 'mixed' ? (i % 2 ? 'span' : 'div') : cellTag);
        const line = (row: string[], head: boolean): string =>
          aria
            ? `<div role="row">${row.map((c, i) => `<${tag(i)} role="${head ? 'columnheader' : 'cell'}">${c}</${tag(i)}>`).join(between)}</div>`
            : `<tr>${row.map((c) => (head ? `<th>${c}</th>` : `<td>${c}</td>`)).join(between)}</tr>`;
        const [head = [], ...body] = cells;
        const inner = [line(head, true), ...body.map((r) => line(r, false))].join(between);
        return aria ? `<div role="table" class="grid">${inner}</div>` : `<table>${inner}</table>`;
      });
    });
}
