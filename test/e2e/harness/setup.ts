import { afterAll, beforeAll } from 'vitest';
import { launch, type Launched, type LaunchOptions } from './browser';
import { startSites, type Sites } from './sites';

/** What a describe block's tests share: the fixture sites and one Chromium with the extension. */
export interface BrowserEnv {
  readonly sites: Sites;
  readonly browser: Launched;
}

/**
 * Starts the sites and Chromium before the block's tests and stops both after them. The fields are
 * filled in beforeAll: read them inside tests, not at collection time.
 */
export function useBrowser(
  executablePath: string | null,
  options: Omit<Partial<LaunchOptions>, 'port'> = {},
): BrowserEnv {
  const env = {} as { sites: Sites; browser: Launched };
  beforeAll(async () => {
    env.sites = await startSites();
    env.browser = await launch({ ...options, executablePath: executablePath as string, port: env.sites.port });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.sites?.close();
  });
  return env;
}
