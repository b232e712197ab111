// The panel's status line after a panel button: the worker's refusal, told in words the director reads.
import { describe, expect, it } from 'vitest';
import { Reporter, type ReporterApi } from '../../src/content/panel/reporter';
import type { CleanReloadResult } from '../../src/lib/messages';
import { getMessageFrom, loadMessages, type Locale } from '../helpers/messages';

const reporterAnswering = (result: CleanReloadResult | undefined, locale: Locale): Reporter => {
  const api: ReporterApi = {
    report: async () => undefined,
    act: async () => result,
    copy: async () => undefined,
  };
  return new Reporter(api, getMessageFrom(loadMessages(locale)), {} as Window, () => undefined);
};
const REASONS = ['rate-limited', 'not-offered', 'not-this-tab'] as const;

describe('panel status line: what the worker answered', () => {
  it.each(['fr', 'en'] as const)('%s: one clear sentence per reason of refusal', async (locale) => {
    const t = getMessageFrom(loadMessages(locale));
    const lines = new Set<string>();
    for (const refused of REASONS) {
      for (const action of ['clean-reload', 'return-to-saga'] as const) {
        const line = await reporterAnswering({ ok: false, at: 1, cookiesRemoved: 0, refused }, locale).act(action);
        expect(line).not.toBe(t('panel_action_failed'));
        expect(line).not.toBe('');
        lines.add(line);
      }
    }
    // The same reason reads the same for both buttons, and each reason reads differently.
    expect(lines.size).toBe(REASONS.length);
  });

  it('says what was done, or that it failed, as before', async () => {
    const t = getMessageFrom(loadMessages('fr'));
    const done = reporterAnswering({ ok: true, at: 1, cookiesRemoved: 2 }, 'fr');
    expect(await done.act('clean-reload')).toBe(t('panel_cleaning'));
    expect(await done.act('return-to-saga')).toBe(t('panel_returned'));
    const failed = reporterAnswering({ ok: false, at: 1, cookiesRemoved: 0, error: 'boom' }, 'fr');
    expect(await failed.act('clean-reload')).toBe(t('panel_action_failed'));
    expect(await reporterAnswering(undefined, 'fr').act('clean-reload')).toBe(t('panel_action_failed'));
  });
});
