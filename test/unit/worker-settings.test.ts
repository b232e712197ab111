// Settings are checked again where the worker uses them: a value written into storage.local (by a
// compromised renderer, which can write there) or let through upstream never becomes the mail's
// recipient, a second recipient, or a script link handed to the panel and the popup.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/lib/settings';
import type * as SettingsStore from '../../src/lib/settings-store';
import type { UnknownReport } from '../../src/lib/messages';
import { POPUP_SENDER } from '../helpers/fake-browser';
import { RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

// What the settings loader hands the worker, poisoned at will: as if a check upstream let a value through.
const poison = vi.hoisted(() => ({ settings: null as Record<string, unknown> | null }));
vi.mock('../../src/lib/settings-store', async (importOriginal) => {
  const actual = await importOriginal<typeof SettingsStore>();
  return {
    ...actual,
    loadSettings: async (...args: Parameters<typeof actual.loadSettings>) => {
      const loaded = await actual.loadSettings(...args);
      return poison.settings ? { ...loaded, settings: { ...loaded.settings, ...poison.settings } } : loaded;
    },
  };
});

const w = useWorker();
const mailOf = async (): Promise<string> => {
  await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
  const g = await w.report(SAGA_TAB, SAGA, ['saga-pairing-failed'], 'Appairage PLAGE-SAGA impossible');
  return decodeURIComponent(g.mail?.href ?? '');
};
const stored = async (): Promise<Settings | undefined> =>
  ((await w.fake.local.get('effectiveSettings')).effectiveSettings as { settings: Settings } | undefined)?.settings;
const BAD_ADDRESSES = [
  'x@chu.fr?bcc=spy@evil.example',
  'x@chu.fr,spy@evil.example',
  'x@chu.fr&cc=spy@evil.example',
  'javascript:alert(1)//@evil.example',
  'x@chu.fr\r\nBcc: spy@evil.example',
];

describe('worker: the mail takes one plain address per field, whatever is stored', () => {
  it.each(BAD_ADDRESSES)('user settings in storage.local: %j', async (address) => {
    await w.fake.local.set({ userSettings: { adminEmail: address, ccEmail: address } });
    const mail = await mailOf();
    expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
    expect(mail).not.toContain('evil');
  });

  it.each(BAD_ADDRESSES)('settings let through upstream: %j', async (address) => {
    poison.settings = { adminEmail: address, ccEmail: address };
    try {
      const mail = await mailOf();
      expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
      expect(mail).not.toContain('evil');
    } finally {
      poison.settings = null;
    }
  });
});

describe('worker: the unknown-message report takes one plain address per field, whatever is stored', () => {
  const unknownReportTo = async (): Promise<string> => {
    const request = {
      type: 'unknown-report',
      site: 'saga',
      url: SAGA,
      text: RIGHTS_TEXT,
      phrases: ['x y z'],
      verified: true,
    };
    const report = (await w.fake.send(request, POPUP_SENDER)) as UnknownReport;
    return decodeURIComponent(report.href);
  };

  it.each(BAD_ADDRESSES)('report settings let through upstream: %j', async (address) => {
    poison.settings = { reportEmail: address, adminEmail: address, ccEmail: address };
    try {
      const mail = await unknownReportTo();
      expect(mail).toMatch(/^mailto:cng-saga@sante\.gouv\.fr\?subject=/);
      expect(mail).not.toContain('evil');
    } finally {
      poison.settings = null;
    }
  });
});

describe('worker: the settings it hands to the panel and the popup', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://evil.example/', 'not a url'])(
    'never carry a hotline link that is not https: %j',
    async (hotlineUrl) => {
      await vi.waitFor(async () => expect(await stored()).toBeDefined()); // resolved once at start
      await w.fake.local.remove('effectiveSettings');
      poison.settings = { hotlineUrl, adminEmail: 'spy@evil.example?bcc=x@y.fr', locale: '../../evil' };
      try {
        w.fake.onStorageChanged.fire({ userSettings: {} }, 'local');
        await vi.waitFor(async () => expect(await stored()).toBeDefined());
        expect(await stored()).toMatchObject({
          hotlineUrl: DEFAULT_SETTINGS.hotlineUrl,
          adminEmail: DEFAULT_SETTINGS.adminEmail,
          locale: 'auto',
        });
      } finally {
        poison.settings = null;
      }
    },
  );

  it('puts them back when something else writes over them in storage.local', async () => {
    await vi.waitFor(async () => expect(await stored()).toBeDefined());
    const own = await stored();
    const forged = { ...own, hotlineUrl: 'javascript:alert(1)', adminEmail: 'spy@evil.example' };
    await w.fake.local.set({ effectiveSettings: { settings: forged, messages: null } });
    w.fake.onStorageChanged.fire({ effectiveSettings: { newValue: { settings: forged } } }, 'local');
    await vi.waitFor(async () => expect(await stored()).toEqual(own));
    await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
    expect(await mailOf()).not.toContain('evil');
  });
});
