import { defineRule } from '../core/rule';

// Guide, "Message d'appairage PLAGE-SAGA impossible". Its exact wording is not in the guide, so the
// rule asks for "appairage" and a failure word inside one short message block, in either order. Key
// words are common in news ("l'appairage est désormais automatique"): they count only in an error box,
// or on a small page of which they are the message.
export default defineRule({
  id: 'saga-pairing-failed',
  sites: ['saga', 'plage'],
  priority: 95,
  kind: 'error',
  when: {
    scope: 'block',
    all: [['appairage'], ['impossible', 'échec', 'échoué']],
  },
  steps: 3,
  actions: ['open-hotline'],
  flow: 'pairing',
});
