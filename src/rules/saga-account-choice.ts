import { defineRule } from '../core/rule';

// Guide: "Choisissez le compte ..." then double-click the blue CNG00SAGA / Directeur box.
export default defineRule({
  id: 'saga-account-choice',
  sites: ['saga'],
  priority: 55,
  kind: 'action',
  when: {
    scope: 'page',
    all: [['Choisissez le compte sur lequel vous souhaitez vous connecter']],
  },
  targets: [{ text: "Accéder à l'espace" }],
  steps: 2,
  flow: 'signed-in',
});
