import { beforeEach, describe, expect, it } from 'vitest';
import { registerWorker } from '../../src/background/worker';
import type { Guidance } from '../../src/lib/messages';
import { loadMessages } from '../helpers/messages';
import { contentSender, FakeBrowser } from '../helpers/fake-browser';

const SAGA = 'https://saga.cng.sante.fr/cas/login?ticket=ST-99-secret';
const PLAGE = 'https://connect-pasrel.atih.sante.fr/compte/profils';
const RIGHTS_TEXT = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
const EDGE = {
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
};

let fake: FakeBrowser;
let clock: number;

/** Starts (or restarts, after stopWorker) the worker over the same storage. */
const startWorker = (): void =>
  void registerWorker(fake.api(), { now: () => clock, nav: EDGE, messages: async (l) => loadMessages(l) });
const restartWorker = (): void => {
  fake.stopWorker();
  startWorker();
};
const report = (tabId: number, url: string, rules: string[], evidence = ''): Promise<Guidance> =>
  fake.send(
    { type: 'report', rules, params: [], evidence, url, loadedAt: clock },
    contentSender(tabId, url),
  ) as Promise<Guidance>;
const later = (minutes: number): void => void (clock += minutes * 60_000);
// French typography puts no-break spaces inside « » and before « : »; compare with plain spaces.
const decodedMail = (g: Guidance): string => decodeURIComponent(g.mail?.href ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  fake = new FakeBrowser('fr');
  clock = Date.UTC(2026, 10, 28, 9, 0);
  fake.tabs = [
    { id: 1, url: SAGA },
    { id: 2, url: PLAGE },
  ];
  startWorker();
});

describe('guided procedure for "aucun droit valide"', () => {
  it('walks the guide across SAGA and PLAGE, and survives the worker being stopped at each step', async () => {
    let g = await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(g.procedure).toEqual({ step: 2, total: 4, label: 'guide_step_check_profile' });
    expect(g.actions).toEqual(['clean-reload']);
    expect(g.mail).toBeUndefined();

    restartWorker();
    later(3);
    g = await report(2, PLAGE, ['plage-profile-active']);
    expect(g.procedure?.step).toBe(3);
    expect(g.actions).toEqual(['return-to-saga']);

    restartWorker();
    expect(await fake.send({ type: 'return-to-saga' }, contentSender(2, PLAGE))).toMatchObject({ ok: true });
    expect(fake.calls.activated).toEqual([1]);
    expect(fake.calls.reloads).toEqual([{ tabId: 1, bypassCache: true }]);

    restartWorker();
    later(1);
    g = await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    // Profile active, clean reload done, error back: the panel moves on to the mail.
    expect(g.procedure?.step).toBe(4);
    expect(g.actions).toEqual(['mail-admin', 'copy-diagnostic']);
    expect(g.escalation).toBe('guide_escalate_rights_mail');
    const mail = decodedMail(g);
    expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?/);
    expect(mail).toContain('Profil PLAGE « ET CNG SAGA » vérifié : Actif');
    expect(mail).toContain('Rechargement propre');
    expect(mail).toContain(RIGHTS_TEXT);
    expect(mail).not.toContain('ticket');
  });

  it('does not offer the same fix again when the profile is not active: fix the profile first', async () => {
    await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await report(2, PLAGE, ['plage-profile-missing']);
    await fake.send({ type: 'clean-reload' }, contentSender(1, SAGA));
    later(1);
    const g = await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(g.actions).toEqual([]);
    expect(g.escalation).toBe('guide_escalate_rights_profile');
  });

  it('is forgotten after an hour', async () => {
    await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await fake.send({ type: 'clean-reload' }, contentSender(1, SAGA));
    later(61);
    const g = await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(g.procedure?.step).toBe(2);
    expect(g.escalation).toBeUndefined();
  });

  it('ends when SAGA lets the director in', async () => {
    await report(1, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    await report(1, SAGA, ['saga-account-choice']);
    expect(fake.session.data.has('procedure')).toBe(false);
  });
});

describe('guided procedure for the pairing failure', () => {
  it('offers the clean reload and the mail, then only the mail when the clean reload did not help', async () => {
    let g = await report(1, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
    expect(g.procedure).toEqual({ step: 2, total: 3, label: 'guide_step_clean_reload' });
    expect(g.actions).toEqual(['clean-reload', 'mail-admin', 'copy-diagnostic']);
    expect(g.mail?.href.length).toBeLessThan(2000);
    expect(g.mail?.report).toContain('Appairage PLAGE-SAGA impossible');

    await fake.send({ type: 'clean-reload' }, contentSender(1, SAGA));
    restartWorker();
    later(1);
    g = await report(1, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
    expect(g.procedure?.step).toBe(3);
    expect(g.actions).toEqual(['mail-admin', 'copy-diagnostic']);
    expect(g.escalation).toBe('guide_escalate_pairing');
  });

  it('writes the mail in English for an English browser', async () => {
    fake = new FakeBrowser('en');
    startWorker();
    const g = await report(1, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
    expect(decodedMail(g)).toContain('subject=Signing in to SAGA Directeurs: PLAGE – SAGA pairing failed');
    expect(g.mail?.report).toMatch(/Microsoft Edge 131/);
  });
});

describe('the mail follows the settings', () => {
  it("goes to the establishment's address from policy, with its IT in copy, in the language chosen", async () => {
    await fake.managed.set({
      adminEmail: 'support-saga@chu-exemple.fr',
      ccEmail: 'dsi@chu-exemple.fr',
      locale: 'en',
      colour: 'red',
    });
    const g = await report(1, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
    const mail = decodedMail(g);
    expect(mail).toMatch(/^mailto:support-saga@chu-exemple\.fr\?cc=dsi@chu-exemple\.fr&subject=/);
    expect(mail).toContain('Signing in to SAGA Directeurs');
  });

  it('falls back to the CNG address when the policy address is not an address', async () => {
    await fake.managed.set({ adminEmail: 'not an address', ccEmail: 'x@y.fr&bcc=evil@z.fr' });
    const mail = decodedMail(await report(1, SAGA, ['saga-pairing-failed'], 'Appairage impossible'));
    expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
    expect(mail).not.toContain('evil');
  });

  it("shows the badge for an error rule added by the establishment's IT", async () => {
    await report(1, SAGA, ['saga-maintenance']);
    expect(fake.calls.badge.get(1)).toBe('!');
  });
});

describe('settings for the content scripts', () => {
  const effective = async (): Promise<{ settings: Record<string, unknown>; messages: unknown } | undefined> =>
    (await fake.local.get('effectiveSettings')).effectiveSettings as never;

  it('are resolved by the worker at start, and again live when policy changes', async () => {
    await expect
      .poll(effective)
      .toMatchObject({ settings: { adminEmail: 'cng-saga@sante.gouv.fr', locale: 'auto' }, messages: null });
    await fake.managed.set({ disabledRules: ['browser-not-recommended', 'nope'], locale: 'en', hotlineUrl: 'ftp://x' });
    fake.onStorageChanged.fire({ locale: {} }, 'managed');
    await expect.poll(async () => (await effective())?.settings.locale).toBe('en');
    const now = await effective();
    expect(now?.settings).toMatchObject({
      disabledRules: ['browser-not-recommended'],
      hotlineUrl: 'https://assistance.atih.sante.fr/',
    });
    expect((now?.messages as Record<string, { message: string }>).lang?.message).toBe('en');
  });

  it("follow the user's own choices, saved from the options page", async () => {
    await fake.local.set({ userSettings: { showBrowserAdvice: false } });
    fake.onStorageChanged.fire({ userSettings: {} }, 'local');
    await expect.poll(async () => (await effective())?.settings.showBrowserAdvice).toBe(false);
  });
});
