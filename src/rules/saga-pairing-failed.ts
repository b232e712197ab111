import { defineRule } from '../core/rule';

// Guide, "Message d'appairage PLAGE-SAGA impossible". Its exact wording is not in the guide, so the
// rule asks for "appairage" and a failure word inside one short message block, in either order.
export default defineRule({
  id: 'saga-pairing-failed',
  sites: ['saga', 'plage'],
  priority: 95,
  kind: 'error',
  when: {
    scope: 'block',
    all: [['appairage'], ['impossible', 'échec', 'échoué']],
  },
  title: 'rule_saga_pairing_failed_title',
  steps: ['rule_saga_pairing_failed_step1', 'rule_saga_pairing_failed_step2', 'rule_saga_pairing_failed_step3'],
  actions: ['open-hotline'],
  flow: 'pairing',
});
