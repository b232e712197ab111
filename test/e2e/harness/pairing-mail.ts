import { expect } from 'vitest';
import { spaced } from '../../helpers/text';

/**
 * What the pairing screen's mail link must hold, in any browser: under 2,000 characters, to the CNG, the
 * message and the page (never its ticket nor fragment), the browser as `browser` matches it, the system,
 * the version.
 */
export function expectPairingMail(href: string, browser: RegExp): void {
  expect(href.length).toBeLessThan(2000);
  const mail = spaced(decodeURIComponent(href));
  expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?/);
  expect(mail).toContain('SAGA Directeurs');
  expect(mail).toContain('Appairage PLAGE-SAGA impossible');
  expect(mail).toContain('https://saga.cng.sante.fr/pairing-failed.html');
  expect(mail).toMatch(new RegExp(`(Navigateur|Browser) ?: ${browser.source}`));
  expect(mail).toMatch(/(Système d'exploitation|Operating system) ?: Linux/);
  expect(mail).toContain('0.1.0');
  expect(mail).not.toMatch(/ticket|ST-42|#frag/);
}
