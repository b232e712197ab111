import { defineRule } from '../core/rule';

// Guide, "Pour contacter la hotline", last slide: the two request types of the PLAGE support page.
const ASSISTANCE = 'Assistance PLAGE';
const INCIDENT = 'Incident PLAGE';

export default defineRule({
  id: 'hotline-plage',
  sites: ['hotline'],
  priority: 40,
  kind: 'action',
  when: {
    scope: 'page',
    all: [[ASSISTANCE], [INCIDENT]],
  },
  targets: [
    { text: ASSISTANCE, exact: true },
    { text: INCIDENT, exact: true },
  ],
  steps: 2,
});
