import { describe } from 'vitest';
import { alwaysMatches } from '../helpers/markup-property';

// Issue "Recognition and panel that hold on pages nobody here has written", item 4: every SAGA rule's
// message, in random markup a person reads the same way (test/helpers/rule-markup.ts), always matches.
describe('SAGA messages in any markup', () => {
  alwaysMatches('saga-rights-invalid');
  alwaysMatches('saga-pairing-failed');
  alwaysMatches('saga-first-login');
  alwaysMatches('saga-account-choice');
});
