import { describe } from 'vitest';
import { alwaysMatches } from '../helpers/markup-property';

// Issue "Recognition and panel that hold on pages nobody here has written", item 4: the ATIH hotline
// screens in random markup always show their panel (and, outside Edge, the browser advice with it, the
// property of browser-not-recommended, checked with every rule's pages).
describe('the ATIH hotline screens in any markup', () => {
  alwaysMatches('hotline-portal');
  alwaysMatches('hotline-plage');
});
