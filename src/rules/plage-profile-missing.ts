import { analyseProfiles, PROFILE_HEADERS } from '../core/profiles';
import { defineRule } from '../core/rule';

// Guide: without the "ET CNG SAGA" profile, click "+ Demander un profil" (as when creating an account).
export default defineRule({
  id: 'plage-profile-missing',
  sites: ['plage'],
  priority: 75,
  kind: 'error',
  when: { scope: 'page', all: [[PROFILE_HEADERS.label], [PROFILE_HEADERS.state]] },
  test: (ctx) => analyseProfiles(ctx)?.status === 'missing' && {},
  targets: [{ text: 'Demander un profil' }],
  steps: 3,
  actions: ['open-hotline'],
  flow: 'profile-missing',
});
