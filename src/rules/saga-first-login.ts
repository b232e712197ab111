import { defineRule } from '../core/rule';

// Guide, "Je me connecte à SAGA Directeurs": the first sign-in asks to associate the PLAGE account.
export default defineRule({
  id: 'saga-first-login',
  sites: ['saga'],
  priority: 60,
  kind: 'action',
  when: {
    scope: 'page',
    all: [
      [
        '1ère authentification depuis Plage',
        'première authentification depuis Plage',
        "Il s'agit de votre première connexion à l'application SAGA Directeurs",
      ],
      ['Nous devons associer votre compte utilisateur PLAGE', 'associer votre compte utilisateur PLAGE à SAGA'],
    ],
  },
  targets: [{ text: 'Valider', exact: true }],
  steps: 2,
  flow: 'signed-in',
});
