// The first error after a browser start: Chromium answers storage.managed.get only some 2 s later, and the
// panel must not wait that long for its buttons. Answers go by the policy read last (kept where no page
// can write), never by what storage.local says in its place; once storage answers, its policy applies.
import { describe, expect, it, vi } from 'vitest';
import { POLICY_WAIT_MS } from '../../src/background/policy-source';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { contentSender } from '../helpers/fake-browser';
import { mailTo, slowWorld } from '../helpers/slow-policy';
import { SAGA, SAGA_TAB } from '../helpers/worker-harness';

const CHU = { adminEmail: 'support-saga@chu-exemple.fr' };
const DEFAULT_TO = DEFAULT_SETTINGS.adminEmail;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A browser session that went by `policy` to its end: the worker read it, resolved and stored the settings. */
async function afterASessionWith(policy: Record<string, unknown>): Promise<ReturnType<typeof slowWorld>> {
  const world = slowWorld();
  world.managed.arrive(policy);
  world.start();
  await vi.waitFor(async () =>
    expect((await world.stored())?.settings.adminEmail).toBe(policy.adminEmail ?? DEFAULT_TO),
  );
  world.managed.hang();
  return world;
}

describe('worker: the first answer after a browser start does not wait for storage.managed', () => {
  it('answers a report with its actions and mail while storage.managed.get never answers', async () => {
    const world = await afterASessionWith(CHU);
    world.start();
    const started = performance.now();
    const answer = await world.pairing();
    expect(performance.now() - started).toBeLessThan(POLICY_WAIT_MS + 500);
    expect(answer.actions).toEqual(['clean-reload', 'mail-admin', 'copy-diagnostic']);
    expect(await mailTo(Promise.resolve(answer))).toBe(CHU.adminEmail);
  });

  it('goes by the policy read last, never by an address a renderer wrote into storage.local', async () => {
    const world = await afterASessionWith(CHU);
    // A compromised renderer writes the user's choices and the settings the content scripts read.
    const spy = { ...DEFAULT_SETTINGS, adminEmail: 'spy@evil.example' };
    await world.fake.local.set({ userSettings: { adminEmail: 'spy@evil.example' } });
    await world.fake.local.set({ effectiveSettings: { settings: spy, messages: null } });
    world.start();
    expect(await mailTo(world.pairing())).toBe(CHU.adminEmail);
  });

  it('on a first run, with no policy known yet, answers with the defaults and not the user layer', async () => {
    const world = slowWorld();
    await world.fake.local.set({ userSettings: { adminEmail: 'spy@evil.example' } });
    world.start();
    expect(await mailTo(world.pairing())).toBe(DEFAULT_TO);
  });

  it('with settings stored but no policy kept (the cache lost), waits for storage as before', async () => {
    const world = await afterASessionWith(CHU);
    world.cache.value = undefined;
    world.start();
    const answer = world.pairing();
    expect(await mailTo(answer, 200)).toBe('no answer');
    world.managed.arrive(CHU);
    expect(await mailTo(answer)).toBe(CHU.adminEmail);
  });

  it('goes by storage when it answers within POLICY_WAIT_MS', async () => {
    const world = await afterASessionWith(CHU);
    world.start();
    world.managed.arrive({ adminEmail: 'autre@chu-exemple.fr' });
    expect(await mailTo(world.pairing())).toBe('autre@chu-exemple.fr');
  });

  it('keeps every check of the worker meanwhile: frames of other sites, the gate, the rate', async () => {
    const world = await afterASessionWith(CHU);
    world.start();
    await world.pairing();
    const framed = contentSender(SAGA_TAB, SAGA, 3, 'https://evil.example/');
    const report = { type: 'report', rules: ['saga-pairing-failed'], params: [], evidence: '', url: SAGA, loadedAt: 0 };
    expect(await world.fake.send(report, framed)).toEqual({ actions: [], ignored: true });
    const clean = (): Promise<unknown> => world.fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA));
    expect(await clean()).toMatchObject({ ok: true });
    expect(await clean()).toMatchObject({ ok: false, refused: 'not-offered' });
    await world.pairing();
    expect(await clean()).toMatchObject({ ok: false, refused: 'rate-limited' });
  });
});

describe('worker: once storage.managed answers, its policy applies', () => {
  it('writes the settings it resolves, which makes the panels report again, and answers by them', async () => {
    const world = slowWorld();
    world.start();
    expect(await mailTo(world.pairing())).toBe(DEFAULT_TO);
    world.managed.arrive(CHU);
    await vi.waitFor(async () => expect((await world.stored())?.settings.adminEmail).toBe(CHU.adminEmail));
    expect(await mailTo(world.pairing())).toBe(CHU.adminEmail);
    expect(world.cache.value).toEqual(CHU);
  });

  it('keeps the policy for the next browser start', async () => {
    const world = await afterASessionWith(CHU);
    expect(world.cache.value).toEqual(CHU);
    world.start();
    expect(await mailTo(world.pairing())).toBe(CHU.adminEmail);
  });

  it('has the panels report again when policy changed though the stored settings did not', async () => {
    const world = await afterASessionWith(CHU);
    // The settings stored already say what the new policy says (written before the browser closed).
    world.cache.value = { adminEmail: 'ancien@chu-exemple.fr' };
    world.start();
    expect(await mailTo(world.pairing())).toBe('ancien@chu-exemple.fr');
    world.managed.arrive(CHU);
    await vi.waitFor(async () => expect((await world.stored())?.refreshedAt).toBeTypeOf('number'));
    expect((await world.stored())?.settings.adminEmail).toBe(CHU.adminEmail);
    expect(await mailTo(world.pairing())).toBe(CHU.adminEmail);
  });

  it('writes nothing again when storage says what was kept', async () => {
    const world = await afterASessionWith(CHU);
    world.start();
    await world.pairing();
    const before = await world.stored();
    world.managed.arrive(CHU);
    await sleep(50);
    expect(await world.stored()).toEqual(before);
  });

  it('still applies policy live', async () => {
    const world = await afterASessionWith(CHU);
    world.start();
    world.managed.arrive(CHU);
    world.managed.arrive({ adminEmail: 'nouveau@chu-exemple.fr' });
    world.fake.onStorageChanged.fire({ adminEmail: {} }, 'managed');
    await vi.waitFor(async () => expect((await world.stored())?.settings.adminEmail).toBe('nouveau@chu-exemple.fr'));
    expect(await mailTo(world.pairing())).toBe('nouveau@chu-exemple.fr');
  });
});
