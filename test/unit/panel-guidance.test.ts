import { describe, expect, it } from 'vitest';
import type { Guidance } from '../../src/lib/messages';
import { openFixture, start, until } from '../helpers/page';
import { spaced } from '../helpers/text';
import { trustedClick } from '../helpers/trusted-event';

const MAIL = { href: 'mailto:cng-saga@sante.gouv.fr?subject=SAGA&body=Bonjour', report: 'Rapport complet' };

function withGuidance(fixture: string, guidance: Guidance): ReturnType<typeof start> {
  return start(openFixture(fixture), { guidance: () => guidance });
}

const root = (page: ReturnType<typeof start>): ShadowRoot => page.panel()?.shadowRoot as ShadowRoot;

describe('what the content script tells the worker', () => {
  it('reports the rules and the message seen, once, with the page address', async () => {
    const page = start(openFixture('saga.cng.sante.fr/rights-invalid.html'));
    await page.settle();
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]).toMatchObject({
      type: 'report',
      rules: ['saga-rights-invalid'],
      url: 'https://saga.cng.sante.fr/rights-invalid.html',
    });
    const evidence = (page.sent[0] as { evidence: string }).evidence;
    expect(evidence).toContain("Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.");
    expect(evidence.length).toBeLessThanOrEqual(300);
  });

  it('says nothing on a quiet page, and says when a problem goes away', async () => {
    const page = start(openFixture('saga.cng.sante.fr/login.html'));
    await page.settle();
    expect(page.sent).toEqual([]);
    const doc = page.dom.window.document;
    const p = doc.createElement('p');
    p.textContent = 'Appairage impossible';
    doc.body.append(p);
    await page.settle();
    p.remove();
    await page.settle();
    expect(page.sent.map((r) => (r as { rules: string[] }).rules)).toEqual([['saga-pairing-failed'], []]);
  });
});

describe('the panel with the worker guidance', () => {
  it('shows progress, the last clean reload and the clean reload button', async () => {
    const page = withGuidance('saga.cng.sante.fr/rights-invalid.html', {
      procedure: { step: 2, total: 4, label: 'guide_step_check_profile' },
      actions: ['clean-reload'],
      cleanedAt: new Date(2026, 10, 28, 14, 2).getTime(),
    });
    await until(() => !!root(page).querySelector('.progress'));
    expect(spaced(root(page).querySelector('.progress')?.textContent)).toBe(
      'Étape 2 sur 4 : Vérifier mon profil PLAGE',
    );
    expect(spaced(root(page).querySelector('.done')?.textContent)).toContain('Rechargement propre effectué à 14:02');
    trustedClick(root(page).querySelector('button[data-action="clean-reload"]') as HTMLElement);
    await until(() => page.sent.some((r) => r.type === 'clean-reload'));
    await until(() => !!root(page).querySelector('.status')?.textContent);
    expect(spaced(root(page).querySelector('.status')?.textContent)).toContain('la page se recharge sans le cache');
  });

  it('offers the mail as a real mailto link, and copies the full report', async () => {
    const page = withGuidance('saga.cng.sante.fr/pairing-failed.html', {
      procedure: { step: 3, total: 3, label: 'guide_step_mail' },
      actions: ['mail-admin', 'copy-diagnostic'],
      escalation: 'guide_escalate_pairing',
      mail: MAIL,
    });
    await until(() => !!root(page).querySelector('[data-action="mail-admin"]'));
    const link = root(page).querySelector('a[data-action="mail-admin"]');
    expect(link?.getAttribute('href')).toBe(MAIL.href);
    expect(link?.getAttribute('target')).toBeNull();
    expect(root(page).querySelector('button[data-action="clean-reload"]')).toBeNull();
    expect(spaced(root(page).querySelector('.escalation')?.textContent)).toContain(
      'Le message revient après le rechargement propre',
    );
    trustedClick(root(page).querySelector('button[data-action="copy-diagnostic"]') as HTMLElement);
    await until(() => page.copied.length > 0);
    expect(page.copied).toEqual(['Rapport complet']);
  });

  it('never renders a mail link that is not mailto:', async () => {
    const page = withGuidance('saga.cng.sante.fr/pairing-failed.html', {
      actions: ['mail-admin'],
      mail: { href: 'javascript:alert(1)', report: 'x' },
    });
    await page.settle();
    expect(root(page).querySelector('[data-action="mail-admin"]')).toBeNull();
  });

  it('on the PLAGE profile page, offers the way back to SAGA', async () => {
    const page = withGuidance('connect-pasrel.atih.sante.fr/profiles-active.html', {
      procedure: { step: 3, total: 4, label: 'guide_step_clean_reload' },
      actions: ['return-to-saga'],
    });
    await until(() => !!root(page).querySelector('[data-action="return-to-saga"]'));
    trustedClick(root(page).querySelector('[data-action="return-to-saga"]') as HTMLElement);
    await until(() => page.sent.some((r) => r.type === 'return-to-saga'));
  });
});
