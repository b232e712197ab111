import { defineRule } from '../core/rule';

// Guide, "Pour contacter la hotline", last slide: the two request types of the PLAGE support page.
export default defineRule({
  id: 'hotline-plage',
  sites: ['hotline'],
  priority: 40,
  kind: 'action',
  when: {
    scope: 'page',
    all: [['Assistance PLAGE'], ['Incident PLAGE']],
  },
  targets: [
    { text: 'Assistance PLAGE', exact: true },
    { text: 'Incident PLAGE', exact: true },
  ],
  title: 'rule_hotline_plage_title',
  steps: ['rule_hotline_plage_step1', 'rule_hotline_plage_step2'],
  actions: [],
});
