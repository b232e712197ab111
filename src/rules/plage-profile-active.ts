import { analyseProfiles, PROFILE_HEADERS } from '../core/profiles';
import { defineRule } from '../core/rule';

// Guide, "Je contrôle que mon identifiant PLAGE est actif": "ET CNG SAGA" is there and "Actif".
export default defineRule({
  id: 'plage-profile-active',
  sites: ['plage'],
  priority: 70,
  kind: 'success',
  when: { scope: 'page', all: [[PROFILE_HEADERS.label], [PROFILE_HEADERS.state]] },
  test: (ctx) => {
    const verdict = analyseProfiles(ctx);
    return verdict?.status === 'active' && { targets: [verdict.row] };
  },
  steps: 2,
  actions: ['open-saga'],
  flow: 'profile-active',
});
