import { defineRule } from '../core/rule';

// Guide, "Pour contacter la hotline", step 3: on the portal list, choose the PLAGE tile.
const TILE = 'Support PLAGE';

export default defineRule({
  id: 'hotline-portal',
  sites: ['hotline'],
  priority: 35,
  kind: 'action',
  when: {
    scope: 'page',
    all: [['Portails recommandés'], [TILE]],
  },
  targets: [{ text: TILE, exact: true }],
  steps: 1,
});
