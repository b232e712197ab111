import { defineRule } from '../core/rule';

// Guide, "Choix du navigateur internet": Edge is strongly recommended. The panel also folds this
// rule's step into error sections, and shows it alone only until the user has seen it once.
export default defineRule({
  id: 'browser-not-recommended',
  sites: ['saga', 'plage', 'hotline'],
  priority: 10,
  kind: 'advice',
  test: (ctx) => !ctx.isEdge && {},
  steps: 1,
});
