import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtraRule } from '../../src/lib/settings';
import { RULES } from '../../src/rules';
import { MARKUP_SEED, sentenceArb } from '../helpers/markup-arbitraries';
import { fillerArb, notAnErrorPageArb } from '../helpers/not-error-arbitraries';
import { rulesOn } from '../helpers/page-rules';

// Issue "Recognition and panel that hold on pages nobody here has written", item 3: a rule's words on
// a page that shows no error (prose, quotes, negations, questions, news, hidden or inert markup,
// attribute values, comments) NEVER show a panel; the same message in a short error box always does.
// Seeded: a failure prints the seed, the path and the shrunk page, and the same seed finds it again.
const RUNS = 300;

// The IT department's own rules: a sentence copied from the screen, and key words.
const EXTRA: ExtraRule[] = [
  {
    id: 'saga-service-down',
    site: 'saga',
    phrases: ['Le service SAGA Directeurs est temporairement indisponible'],
    titleFr: 'SAGA Directeurs est indisponible',
    stepsFr: ['Réessayez plus tard.'],
  },
  {
    id: 'saga-maintenance',
    site: 'saga',
    phrases: ['maintenance', 'indisponible'],
    titleFr: 'SAGA Directeurs est en maintenance',
    stepsFr: ['Réessayez après 18 h.'],
  },
];

interface Words {
  readonly rules: readonly string[];
  readonly host: string;
  /** A message (in a box) or a screen (page-wide). */
  readonly message: boolean;
  /** Wordings that would match; each text of one stands somewhere on the page. */
  readonly wordings: readonly (readonly string[])[];
}

const SAGA = 'saga.cng.sante.fr';
const WORDS: readonly Words[] = [
  {
    rules: ['saga-rights-invalid'],
    host: SAGA,
    message: true,
    wordings: [
      ['Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur'],
      ['Vous n’avez aucun droit valide défini pour SAGA Directeurs'],
      ['Aucun droit valide défini'],
    ],
  },
  {
    rules: ['saga-pairing-failed'],
    host: SAGA,
    message: true,
    wordings: [
      ['Appairage PLAGE-SAGA impossible'],
      ['Échec de l’appairage de votre compte PLAGE'],
      ['L’appairage PLAGE-SAGA a échoué'],
    ],
  },
  {
    rules: ['saga-first-login'],
    host: SAGA,
    message: false,
    wordings: [
      ['1ère authentification depuis Plage', 'Nous devons associer votre compte utilisateur PLAGE à SAGA Directeurs'],
      [
        'Il s’agit de votre première connexion à l’application SAGA Directeurs',
        'associer votre compte utilisateur PLAGE',
      ],
    ],
  },
  {
    rules: ['saga-account-choice'],
    host: SAGA,
    message: false,
    wordings: [['Choisissez le compte sur lequel vous souhaitez vous connecter']],
  },
  {
    rules: ['hotline-portal'],
    host: 'assistance.atih.sante.fr',
    message: false,
    wordings: [['Portails recommandés', 'Support PLAGE']],
  },
  {
    rules: ['hotline-plage'],
    host: 'assistance.atih.sante.fr',
    message: false,
    wordings: [['Assistance PLAGÉ', 'Incident PLAGÉ']],
  },
  {
    // Also read as a table by their own function: here the headers' words, out of any table.
    rules: ['plage-profile-active', 'plage-profile-missing', 'plage-profile-inactive'],
    host: 'connect-pasrel.atih.sante.fr',
    message: false,
    wordings: [['Libellé du profil', 'État du profil', 'ET CNG SAGA', 'Actif']],
  },
  { rules: ['saga-service-down'], host: SAGA, message: true, wordings: [[EXTRA[0]?.phrases[0] ?? '']] },
  {
    rules: ['saga-maintenance'],
    host: SAGA,
    message: true,
    wordings: [['SAGA Directeurs en maintenance, service indisponible'], ['Maintenance : indisponible']],
  },
];

describe('a rule’s words where no error is shown', () => {
  it('covers every rule with phrases', () => {
    const covered = WORDS.flatMap((w) => w.rules);
    for (const rule of RULES.filter((r) => r.when)) expect(covered).toContain(rule.id);
  });

  it.each(WORDS)(`$rules: never a panel (${RUNS} pages, seed ${MARKUP_SEED})`, ({ host, message, wordings }) => {
    const pages = fc.constantFrom(...wordings).chain((texts) => notAnErrorPageArb(texts, message));
    fc.assert(
      fc.property(pages, (page) => {
        expect(rulesOn(host, page, EXTRA)).toEqual([]);
      }),
      { seed: MARKUP_SEED, numRuns: RUNS },
    );
  });
});

// Error boxes of every kind the signals know, none of them a fixture's.
const ERROR_BOXES: readonly [string, string][] = [
  ['<div role="alert">', '</div>'],
  ['<div aria-live="assertive">', '</div>'],
  ['<dialog open>', '</dialog>'],
  ['<div role="alertdialog" aria-modal="true">', '</div>'],
  ['<div class="alert alert-danger">', '</div>'],
  ['<div class="error">', '</div>'],
  ['<div id="erreur-connexion">', '</div>'],
  ['<div class="fr-alert fr-alert--error">', '</div>'],
  ['<section><h2>Erreur</h2>', '</section>'],
];

describe('the same words as a message in a short error box (the guard)', () => {
  it.each(WORDS.filter((w) => w.message))(`$rules: always its panel (${RUNS} pages)`, ({ rules, host, wordings }) => {
    const pages = fc
      .tuple(
        fc.array(fillerArb, { maxLength: 6 }),
        fc.constantFrom(...ERROR_BOXES),
        fc.constantFrom(...wordings).chain(([text]) => sentenceArb(text ?? '')),
        fc.constantFrom('', '.', '. Merci de vous rapprocher de votre administrateur.'),
        fc.nat(6),
      )
      .map(([filler, [open, close], words, end, at]) => {
        const box = `${open}<p>${words}${end}</p>${close}`;
        return `<main>${[...filler.slice(0, at), box, ...filler.slice(at)].join('\n')}</main>`;
      });
    fc.assert(
      fc.property(pages, (page) => {
        expect(rulesOn(host, page, EXTRA)).toEqual(rules);
      }),
      { seed: MARKUP_SEED, numRuns: RUNS },
    );
  });
});
