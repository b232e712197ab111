// The toolbar popup's status line when the worker refuses a clean reload: the reason, in words.
import { describe, expect, it, vi } from 'vitest';
import { click, fr, OFFERED, popup, tabView } from '../helpers/popup-page';
import { plain } from '../helpers/text';

describe('popup: a refused clean reload', () => {
  it.each([
    ['rate-limited', 'panel_refused_rate_limited'],
    ['not-offered', 'panel_refused_not_offered'],
    ['not-this-tab', 'panel_refused_not_this_tab'],
  ])('%s: says why, not "failed"', async (refused, key) => {
    const shown = popup({ view: tabView(OFFERED) }, async () => ({ ok: false, at: 1, cookiesRemoved: 0, refused }));
    click(shown.doc, '[data-action="clean-reload"]');
    await vi.waitFor(() => expect(shown.text('[role="status"]')).toBe(plain(fr(key))));
  });
});
