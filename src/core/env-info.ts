/**
 * The browser and operating system, in plain English words, for the mail to the CNG administrator.
 * Client hints first: the user agent string is frozen (Windows 11 still says "Windows NT 10.0").
 */

interface Brand {
  readonly brand: string;
  readonly version: string;
}

export interface NavigatorLike {
  readonly userAgent: string;
  readonly userAgentData?: {
    brands?: readonly Brand[];
    platform?: string;
    getHighEntropyValues?(hints: string[]): Promise<Record<string, unknown>>;
  };
}

export interface Environment {
  readonly browser: string;
  readonly os: string;
}

const UNKNOWN = 'unknown';
// Chromium adds a made-up brand ("Not A(Brand", "Not)A;Brand"…) so that sites cannot rely on the list.
const GREASE = /not[^a-z]*a[^a-z]*brand/i;

const UA_BROWSERS: readonly (readonly [RegExp, string])[] = [
  // Before Chrome: Edge and Opera also write "Chrome/".
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Microsoft Edge'],
  [/\bOPR\/([\d.]+)/, 'Opera'],
  [/\bFirefox\/([\d.]+)/, 'Mozilla Firefox'],
  [/\bChrome\/([\d.]+)/, 'Google Chrome'],
  [/\bVersion\/([\d.]+).*\bSafari\//, 'Safari'],
];

const UA_SYSTEMS: readonly (readonly [RegExp, (version: string) => string])[] = [
  // Windows 11 also says 10.0: only client hints tell them apart.
  [/Windows NT 10\.0/, () => 'Windows 10/11'],
  [/Windows NT 6\.3/, () => 'Windows 8.1'],
  [/Windows NT 6\.2/, () => 'Windows 8'],
  [/Windows NT 6\.1/, () => 'Windows 7'],
  [/Windows/, () => 'Windows'],
  // Before Linux and macOS, whose names Android and iOS user agents also hold.
  [/Android ([\d.]+)/, (v) => `Android ${v}`],
  [/(?:iPhone|iPad|iPod).*? OS ([\d_]+)/, (v) => `iOS ${v.replace(/_/g, '.')}`],
  [/Mac OS X ([\d_.]+)/, (v) => `macOS ${v.replace(/_/g, '.')}`],
  [/CrOS/, () => 'ChromeOS'],
  [/Linux/, () => 'Linux'],
];

function fromUserAgent(ua: string): Environment {
  let browser = UNKNOWN;
  for (const [pattern, name] of UA_BROWSERS) {
    const match = pattern.exec(ua);
    if (match) {
      browser = `${name} ${match[1] ?? ''}`.trim();
      break;
    }
  }
  let os = UNKNOWN;
  for (const [pattern, name] of UA_SYSTEMS) {
    const match = pattern.exec(ua);
    if (match) {
      os = name(match[1] ?? '');
      break;
    }
  }
  return { browser, os };
}

const isBrand = (v: unknown): v is Brand =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Brand).brand === 'string' &&
  typeof (v as Brand).version === 'string';

/** Edge, then Chrome, then any other named browser (Opera, Brave…), and only then plain Chromium. */
function pickBrand(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  const real = list.filter(isBrand).filter((b) => b.brand.trim() !== '' && !GREASE.test(b.brand));
  const chosen =
    real.find((b) => b.brand === 'Microsoft Edge') ??
    real.find((b) => b.brand === 'Google Chrome') ??
    real.find((b) => b.brand !== 'Chromium') ??
    real[0];
  return chosen ? `${chosen.brand} ${chosen.version}`.trim() : null;
}

function systemFromHints(platform: unknown, version: unknown): string | null {
  const v = typeof version === 'string' ? version : '';
  const major = Number.parseInt(v, 10);
  switch (platform) {
    case 'Windows':
      // Microsoft's mapping: platformVersion 13+ is Windows 11, 1 to 12 Windows 10, 0 older ones.
      if (!Number.isFinite(major)) return null;
      return major >= 13 ? 'Windows 11' : major >= 1 ? 'Windows 10' : 'Windows 7/8';
    case 'macOS':
      return v ? `macOS ${v}` : 'macOS';
    case 'Android':
      return v ? `Android ${v}` : 'Android';
    case 'Chrome OS':
    case 'ChromeOS':
    case 'Chromium OS':
      return 'ChromeOS';
    case 'Linux':
      return 'Linux';
    default:
      return typeof platform === 'string' && platform.trim() !== '' && platform !== 'Unknown' ? platform : null;
  }
}

/** Browser name and version, and operating system; "unknown" when not found. Never throws. */
export async function environment(nav: NavigatorLike): Promise<Environment> {
  let ua: Environment = { browser: UNKNOWN, os: UNKNOWN };
  try {
    ua = fromUserAgent(typeof nav.userAgent === 'string' ? nav.userAgent : '');
    const data = nav.userAgentData;
    if (!data) return ua;
    let high: Record<string, unknown> | undefined;
    try {
      const values: unknown = await data.getHighEntropyValues?.(['fullVersionList', 'platform', 'platformVersion']);
      if (typeof values === 'object' && values !== null) high = values as Record<string, unknown>;
    } catch {
      // Refused or broken: the user agent string says enough.
      return ua;
    }
    if (!high) return { browser: ua.browser !== UNKNOWN ? ua.browser : (pickBrand(data.brands) ?? UNKNOWN), os: ua.os };
    return {
      browser: pickBrand(high.fullVersionList) ?? ua.browser,
      os: systemFromHints(high.platform ?? data.platform, high.platformVersion) ?? ua.os,
    };
  } catch {
    return ua;
  }
}
