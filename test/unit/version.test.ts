import { describe, expect, it } from 'vitest';
import { checkVersion } from '../../scripts/package/release-files';

// Chrome refuses to load, and the stores to accept, a version outside these rules: the build and the
// packager fail first, with the reason, instead of producing a package nobody can install.
describe('extension version, as Chrome checks it', () => {
  it.each(['1', '0.1', '0.1.0', '1.2.3.4', '65535.65535.65535.65535', '0.0.0.1', '10.0.200'])('accepts %s', (v) => {
    expect(checkVersion(v)).toBe(v);
  });

  it.each([
    ['0', 'all zero'],
    ['0.0.0', 'all zero'],
    ['0.0.0.0', 'all zero'],
    ['01.2', 'leading zero'],
    ['1.02', 'leading zero'],
    ['1.2.00', 'leading zero'],
    ['65536', 'part over 65535'],
    ['1.99999', 'part over 65535'],
    ['1.2.3.4.5', 'five parts'],
    ['', 'empty'],
    ['1..2', 'empty part'],
    ['1.2.', 'trailing dot'],
    ['-1', 'negative'],
    ['1.2-beta', 'not a number'],
    ['1.2 ', 'space'],
  ])('refuses %j (%s)', (v) => {
    expect(() => checkVersion(v)).toThrow(/0 to 65535/);
  });

  it('refuses a version that is not a string', () => {
    expect(() => checkVersion(1.2)).toThrow(/0 to 65535/);
    expect(() => checkVersion(undefined)).toThrow(/0 to 65535/);
  });
});
