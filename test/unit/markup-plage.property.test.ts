import { describe } from 'vitest';
import { alwaysMatches } from '../helpers/markup-property';

// Issue "Recognition and panel that hold on pages nobody here has written", item 4: the Pasrel profiles
// table as an HTML table or an ARIA grid of <div>/<span> cells, with or without white space between the
// cells, columns in any order, cell texts in random inline markup: the profile verdict is always given.
describe('the PLAGE profiles table in any markup', () => {
  alwaysMatches('plage-profile-active');
  alwaysMatches('plage-profile-inactive');
  alwaysMatches('plage-profile-missing');
});
