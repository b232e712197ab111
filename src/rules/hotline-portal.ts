import { defineRule } from '../core/rule';

// Guide, "Pour contacter la hotline", step 3: on the portal list, choose the PLAGE tile.
export default defineRule({
  id: 'hotline-portal',
  sites: ['hotline'],
  priority: 35,
  kind: 'action',
  when: {
    scope: 'page',
    all: [['Portails recommandés'], ['Support PLAGE']],
  },
  targets: [{ text: 'Support PLAGE', exact: true }],
  title: 'rule_hotline_portal_title',
  steps: ['rule_hotline_portal_step1'],
  actions: [],
});
