import { describe, expect, it } from 'vitest';
import { environment, type NavigatorLike } from '../../src/core/env-info';

const EDGE_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';
const CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

function chromium(
  brands: [string, string][],
  platform: string,
  platformVersion: string,
  ua = CHROME_UA,
): NavigatorLike {
  const list = brands.map(([brand, version]) => ({ brand, version }));
  return {
    userAgent: ua,
    userAgentData: {
      brands: list.map((b) => ({ ...b, version: b.version.split('.')[0] ?? '' })),
      platform,
      getHighEntropyValues: (hints) =>
        Promise.resolve({
          fullVersionList: hints.includes('fullVersionList') ? list : undefined,
          platform,
          platformVersion,
        }),
    },
  };
}

describe('environment', () => {
  it('names Edge on Windows 11 from the high entropy values, ignoring GREASE brands', async () => {
    const nav = chromium(
      [
        ['Not_A Brand', '8.0.0.0'],
        ['Chromium', '120.0.6099.130'],
        ['Microsoft Edge', '120.0.2210.91'],
      ],
      'Windows',
      '15.0.0',
      EDGE_UA,
    );
    expect(await environment(nav)).toEqual({ browser: 'Microsoft Edge 120.0.2210.91', os: 'Windows 11' });
  });

  it('names Chrome on Windows 10', async () => {
    const nav = chromium(
      [
        ['Google Chrome', '120.0.6099.130'],
        ['Not A(Brand', '99.0.0.0'],
        ['Chromium', '120.0.6099.130'],
      ],
      'Windows',
      '10.0.0',
    );
    expect(await environment(nav)).toEqual({ browser: 'Google Chrome 120.0.6099.130', os: 'Windows 10' });
  });

  it('names another Chromium browser by its own brand, and Chromium alone as Chromium', async () => {
    const opera = chromium(
      [
        ['Not)A;Brand', '24'],
        ['Opera', '106.0.4998.19'],
        ['Chromium', '120.0.6099.130'],
      ],
      'macOS',
      '14.2.1',
    );
    expect(await environment(opera)).toEqual({ browser: 'Opera 106.0.4998.19', os: 'macOS 14.2.1' });
    const plain = chromium(
      [
        ['Chromium', '120.0.6099.130'],
        ['Not?A_Brand', '8'],
      ],
      'Linux',
      '6.5.0',
    );
    expect(await environment(plain)).toEqual({ browser: 'Chromium 120.0.6099.130', os: 'Linux' });
  });

  it('reads Firefox on Linux from the user agent string', async () => {
    const nav = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0' };
    expect(await environment(nav)).toEqual({ browser: 'Mozilla Firefox 121.0', os: 'Linux' });
  });

  it('falls back to the user agent string when getHighEntropyValues is refused', async () => {
    const nav: NavigatorLike = {
      userAgent: EDGE_UA,
      userAgentData: {
        brands: [{ brand: 'Microsoft Edge', version: '120' }],
        platform: 'Windows',
        getHighEntropyValues: () => Promise.reject(new Error('NotAllowedError')),
      },
    };
    expect(await environment(nav)).toEqual({ browser: 'Microsoft Edge 120.0.0.0', os: 'Windows 10/11' });
  });

  it('falls back to the user agent string when getHighEntropyValues throws at once', async () => {
    const nav: NavigatorLike = {
      userAgent: CHROME_UA,
      userAgentData: {
        getHighEntropyValues: () => {
          throw new TypeError('broken');
        },
      },
    };
    expect(await environment(nav)).toEqual({ browser: 'Google Chrome 120.0.0.0', os: 'Windows 10/11' });
  });

  it.each([
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
      { browser: 'Safari 17.1', os: 'macOS 10.15.7' },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
      { browser: 'Mozilla Firefox 121.0', os: 'Windows 10/11' },
    ],
    [
      CHROME_UA.replace('Windows NT 10.0; Win64; x64', 'Linux; Android 14; Pixel 8'),
      { browser: 'Google Chrome 120.0.0.0', os: 'Android 14' },
    ],
    ['', { browser: 'unknown', os: 'unknown' }],
    ['curl/8.0', { browser: 'unknown', os: 'unknown' }],
  ])('parses %j', async (userAgent, expected) => {
    expect(await environment({ userAgent })).toEqual(expected);
  });

  it('never throws, even on a broken navigator', async () => {
    const broken = {
      get userAgent(): string {
        throw new Error('no');
      },
    } as NavigatorLike;
    await expect(environment(broken)).resolves.toEqual({ browser: 'unknown', os: 'unknown' });
  });
});
