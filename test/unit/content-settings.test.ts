import { describe, expect, it } from 'vitest';
import { openFixture, openHtml, start } from '../helpers/page';

const RIGHTS = 'saga.cng.sante.fr/rights-invalid.html';
const MAINTENANCE = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance', 'indisponible'],
  titleFr: 'SAGA Directeurs est en maintenance',
  titleEn: 'SAGA Directeurs is under maintenance',
  stepsFr: ['Réessayez après 18 h.', 'Rien à faire de votre côté.'],
};
const title = (page: ReturnType<typeof start>): string =>
  page.panel()?.shadowRoot?.querySelector('h2')?.textContent ?? '';

describe('the content script follows the settings', () => {
  it('hides a rule that policy switches off', () => {
    const page = start(openFixture(RIGHTS), { policy: { disabledRules: ['saga-rights-invalid'] } });
    expect(page.panel()).toBeNull();
  });

  it('drops the Edge advice when policy says so', () => {
    const page = start(openFixture(RIGHTS, 'chrome'), { policy: { showBrowserAdvice: false } });
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('shows an extra rule of the IT department like a built-in one, in French, then in English', () => {
    const html = '<div class="alert"><h3>Maintenance</h3><p>SAGA Directeurs est indisponible ce soir.</p></div>';
    const fr = start(openHtml(html, 'https://saga.cng.sante.fr/'), { policy: { extraRules: [MAINTENANCE] } });
    expect(fr.rules()).toEqual(['saga-maintenance']);
    expect(title(fr)).toBe('SAGA Directeurs est en maintenance');
    expect(fr.panel()?.shadowRoot?.querySelectorAll('ol li')).toHaveLength(2);
    const en = start(openHtml(html, 'https://saga.cng.sante.fr/'), {
      policy: { extraRules: [MAINTENANCE] },
      locale: 'en',
    });
    expect(title(en)).toBe('SAGA Directeurs is under maintenance');
    // Steps given in French only: French, rather than nothing.
    expect(en.panel()?.shadowRoot?.querySelector('ol li')?.textContent).toBe('Réessayez après 18 h.');
  });

  it('does not show an extra rule on another site', () => {
    const html = '<p>Maintenance : le service est indisponible.</p>';
    const page = start(openHtml(html, 'https://connect-pasrel.atih.sante.fr/'), {
      policy: { extraRules: [MAINTENANCE] },
    });
    expect(page.panel()).toBeNull();
  });

  it('speaks the language the settings ask for, whatever the browser', () => {
    const page = start(openFixture(RIGHTS), { user: { locale: 'en' } });
    expect(title(page)).toContain('Your PLAGE identifier is not');
    expect(page.panel()?.shadowRoot?.querySelector('[role="region"]')?.getAttribute('lang')).toBe('en');
  });

  it("sends the hotline link to the establishment's own address", () => {
    const page = start(openFixture(RIGHTS), { policy: { hotlineUrl: 'https://support.chu-exemple.fr/saga' } });
    expect(page.panel()?.shadowRoot?.querySelector('a[data-action="open-hotline"]')?.getAttribute('href')).toBe(
      'https://support.chu-exemple.fr/saga',
    );
  });

  it('applies a policy change live, on the open page', () => {
    const page = start(openFixture(RIGHTS, 'chrome'), { adviceSeen: true });
    expect(page.rules()).toEqual(['saga-rights-invalid', 'browser-not-recommended']);
    page.setSettings({ policy: { disabledRules: ['browser-not-recommended'] } });
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    page.setSettings({ policy: { disabledRules: ['saga-rights-invalid', 'browser-not-recommended'] } });
    expect(page.panel()).toBeNull();
    page.setSettings({ policy: {} });
    expect(page.rules()).toEqual(['saga-rights-invalid', 'browser-not-recommended']);
  });

  it('keeps working with a broken policy: wrong values are ignored alone', () => {
    const page = start(openFixture(RIGHTS), {
      policy: {
        disabledRules: 'all',
        extraRules: [{ id: '!' }],
        hotlineUrl: 'javascript:alert(1)',
        adminEmail: 42,
        colour: 'red',
      },
    });
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    expect(page.panel()?.shadowRoot?.querySelector('a[data-action="open-hotline"]')?.getAttribute('href')).toBe(
      'https://assistance.atih.sante.fr/',
    );
  });
});
