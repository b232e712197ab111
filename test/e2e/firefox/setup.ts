import { afterAll, beforeAll } from 'vitest';
import { startSites, type Sites } from '../harness/sites';
import { launchFirefox, type FirefoxLaunched } from './harness';

/** What a describe block's tests share: the fixture sites and one Firefox with the add-on. */
export interface FirefoxEnv {
  readonly sites: Sites;
  readonly firefox: FirefoxLaunched;
}

/**
 * Starts the sites and Firefox before the block's tests and stops both after them. The fields are filled
 * in beforeAll: read them inside tests, not at collection time.
 */
export function useFirefox(executablePath: string | null): FirefoxEnv {
  const env = {} as { sites: Sites; firefox: FirefoxLaunched };
  beforeAll(async () => {
    env.sites = await startSites();
    env.firefox = await launchFirefox({ executablePath: executablePath as string, port: env.sites.port });
  });
  afterAll(async () => {
    await env.firefox?.close();
    await env.sites?.close();
  });
  return env;
}
