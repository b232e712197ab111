import type { SessionState } from './state';

/**
 * How often the worker clears SAGA and PLAGE data for one tab: a director clicks once and waits for
 * the page; a page script forging clicks in the panel would otherwise wipe the sessions in a loop.
 */
export const RATE_LIMITS: readonly { readonly windowMs: number; readonly max: number }[] = [
  { windowMs: 10_000, max: 1 },
  { windowMs: 10 * 60_000, max: 5 },
];

const LONGEST = Math.max(...RATE_LIMITS.map((l) => l.windowMs));

// A time ahead of the clock (the clock was set back) counts as just now: never a way around the limit.
const within = (at: number, now: number, windowMs: number): boolean => now - at < windowMs;

/**
 * Whether one more action for `tabId` at `now` stays within every limit; if so, it is counted at once,
 * before the action runs (a failed clean reload still cleared something). The times live in
 * storage.session: a worker stopped and started again between two requests still counts them.
 */
export async function takeTurn(state: SessionState, tabId: number, now: number): Promise<boolean> {
  const recent = (await state.acted(tabId)).filter((at) => within(at, now, LONGEST));
  const fits = RATE_LIMITS.every((l) => recent.filter((at) => within(at, now, l.windowMs)).length < l.max);
  if (fits) await state.setActed(tabId, [...recent, now]);
  return fits;
}
