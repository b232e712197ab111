import { analyseProfiles, PROFILE_HEADERS } from '../core/profiles';
import { defineRule } from '../core/rule';

// The guide only shows "Actif"; any other state (pending, inactive, expired) blocks SAGA all the same.
export default defineRule({
  id: 'plage-profile-inactive',
  sites: ['plage'],
  priority: 80,
  kind: 'error',
  when: { scope: 'page', all: [[PROFILE_HEADERS.label], [PROFILE_HEADERS.state]] },
  test: (ctx) => {
    const verdict = analyseProfiles(ctx);
    return verdict?.status === 'inactive' && { targets: [verdict.row], params: [verdict.state] };
  },
  steps: 3,
  actions: ['open-hotline'],
  flow: 'profile-inactive',
});
