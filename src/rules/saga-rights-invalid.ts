import { defineRule } from '../core/rule';

// Guide, "Message de droit non valide": the PLAGE identifier is not active for SAGA Directeurs.
export default defineRule({
  id: 'saga-rights-invalid',
  sites: ['saga', 'plage'],
  priority: 100,
  kind: 'error',
  when: {
    scope: 'block',
    all: [['Vous n’avez aucun droit valide défini au niveau de votre compte utilisateur', 'aucun droit valide défini']],
  },
  title: 'rule_saga_rights_invalid_title',
  steps: [
    'rule_saga_rights_invalid_step1',
    'rule_saga_rights_invalid_step2',
    'rule_saga_rights_invalid_step3',
    'rule_saga_rights_invalid_step4',
  ],
  actions: ['open-plage-profiles', 'open-hotline'],
  flow: 'rights',
});
