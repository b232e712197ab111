import { defineRule } from '../core/rule';

// Guide, "Choix du navigateur internet": Edge is strongly recommended. The panel also folds this
// rule's step into error sections, and shows it alone only until the user has seen it once.
export default defineRule({
  id: 'browser-not-recommended',
  sites: ['saga', 'plage', 'hotline'],
  priority: 10,
  kind: 'advice',
  test: (ctx) => !ctx.isEdge && {},
  title: 'rule_browser_not_recommended_title',
  steps: ['rule_browser_not_recommended_step1'],
  actions: [],
});
