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
  title: 'rule_saga_first_login_title',
  steps: ['rule_saga_first_login_step1', 'rule_saga_first_login_step2'],
  actions: [],
  flow: 'signed-in',
});
