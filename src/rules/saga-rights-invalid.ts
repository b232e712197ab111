import { defineRule } from '../core/rule';

// Guide, "Message de droit non valide": the PLAGE identifier is not active for SAGA Directeurs. A long,
// distinctive sentence: a panel as a sentence of its own or in an error box, never quoted or negated in
// help text. Other wordings: "n’avez aucun droit valide défini" is a sentence still (five words), the
// message's own negation inside the phrase, not read as talk ABOUT it; "aucun droit valide défini" is
// key words, trusted in an error box only.
export default defineRule({
  id: 'saga-rights-invalid',
  sites: ['saga', 'plage'],
  priority: 100,
  kind: 'error',
  when: {
    scope: 'block',
    all: [
      [
        'Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur',
        'n’avez aucun droit valide défini',
        'aucun droit valide défini',
      ],
    ],
  },
  steps: 4,
  actions: ['open-plage-profiles', 'open-hotline'],
  flow: 'rights',
});
