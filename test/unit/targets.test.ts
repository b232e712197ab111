import { describe, expect, it } from 'vitest';
import { openFixture, start } from '../helpers/page';

/** Normalised visible label of every element the panel points at (outlined on the page). */
function pointedAt(fixture: string): string[] {
  const page = start(openFixture(fixture));
  const doc = page.dom.window.document;
  return [...doc.querySelectorAll('[data-saga-helper-target]')].map((el) => {
    const label = el.tagName === 'INPUT' ? el.getAttribute('value') : el.textContent;
    return (label ?? '').replace(/\s+/g, ' ').trim();
  });
}

describe('the panel points at the element to use', () => {
  it('first sign-in: the "Valider" button', () => {
    expect(pointedAt('saga.cng.sante.fr/first-login.html')).toEqual(['Valider']);
  });

  it('account choice: the blue CNG00SAGA / Directeur box, as a whole', () => {
    const [box] = pointedAt('saga.cng.sante.fr/account-choice.html');
    expect(box).toContain('CNG00SAGA');
    expect(box).toContain('Directeur');
    expect(box).toContain('Accéder à l');
  });

  it('missing profile: "+ Demander un profil"', () => {
    expect(pointedAt('connect-pasrel.atih.sante.fr/profiles-missing.html')).toEqual([
      expect.stringContaining('Demander un profil'),
    ]);
  });

  it('active or inactive profile: the ET CNG SAGA row', () => {
    for (const fixture of ['profiles-active.html', 'profiles-active-aria.html', 'profiles-inactive.html']) {
      const [row] = pointedAt(`connect-pasrel.atih.sante.fr/${fixture}`);
      expect(row, fixture).toMatch(/ET CNG SAGA/);
    }
  });

  it('hotline portal: the PLAGE tile only', () => {
    const targets = pointedAt('assistance.atih.sante.fr/portal.html');
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatch(/^PLAGE\s*Support PLAGE$/);
  });

  it('PLAGE support: both request types', () => {
    const targets = pointedAt('assistance.atih.sante.fr/plage-support.html');
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatch(/^Assistance PLAGÉ/);
    expect(targets[1]).toMatch(/^Incident PLAGÉ/);
  });

  it('outlines without changing layout or behaviour, and puts the page style back', async () => {
    const page = start(openFixture('saga.cng.sante.fr/first-login.html'));
    const doc = page.dom.window.document;
    const button = doc.querySelector('[data-saga-helper-target]') as HTMLElement;
    button.style.setProperty('color', 'red');
    expect(button.style.getPropertyValue('outline')).toMatch(/3px solid/);
    expect(button.style.getPropertyPriority('outline')).toBe('important');
    expect(button.getAttribute('onclick')).toBeNull();
    expect(button.getAttribute('type')).toBe('submit');
    // The screen goes away: the outline goes with it, the page's own style stays.
    doc.querySelector('h1, h2')?.closest('main, form, section, div')?.remove();
    doc.body.replaceChildren(button);
    await page.settle();
    expect(page.rules()).toEqual([]);
    expect(button.hasAttribute('data-saga-helper-target')).toBe(false);
    expect(button.style.getPropertyValue('outline')).toBe('');
    expect(button.style.getPropertyValue('color')).toBe('red');
  });
});
