import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, requestInterceptor } from 'jsdom';
import { startContent, type ContentApi, type ContentHandle } from '../../src/content/content-app';
import { PANEL_SELECTOR } from '../../src/content/panel-api';
import * as panelModule from '../../src/content/panel/index';
import { FRAME_MS } from '../../src/content/watcher';
import type { Guidance, MessageRequest } from '../../src/lib/messages';
import { resolveSettings } from '../../src/lib/settings-resolve';
import { RULES } from '../../src/rules';
import { getMessageFrom, loadMessages, type Locale } from './messages';

export const USER_AGENTS = {
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  // Firefox ESR as hospitals deploy it: 140 on Linux, 153 on Windows (Firefox has no userAgentData).
  firefox140: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  firefox153: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0',
} as const;

export type BrowserName = keyof typeof USER_AGENTS;

export function fixturePath(fixture: string): string {
  return fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url));
}

/** A jsdom window on `https://<host>/<file>` for a fixture named "<host>/<file>". */
export function openFixture(fixture: string, browser: BrowserName = 'edge'): JSDOM {
  return openHtml(readFileSync(fixturePath(fixture), 'utf8'), `https://${fixture}`, browser);
}

// Frames and other subresources are answered from the fixtures folder by host and path, so tests
// never touch the network: anything else is a 404.
const offline = requestInterceptor((request: Request) => {
  const url = new URL(request.url);
  const file = fixturePath(`${url.hostname}${url.pathname}`);
  if (url.protocol === 'https:' && existsSync(file)) {
    return new Response(readFileSync(file, 'utf8'), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return new Response('not found', { status: 404 });
});

export function openHtml(html: string, url: string, browser: BrowserName = 'edge'): JSDOM {
  return new JSDOM(html, {
    url,
    resources: { userAgent: USER_AGENTS[browser], interceptors: [offline] },
    runScripts: 'dangerously',
    pretendToBeVisual: true,
  });
}

/** A jsdom page, or one of its frames. */
export type Page = Pick<JSDOM, 'window'>;

export interface Running {
  readonly dom: Page;
  readonly handle: ContentHandle | null;
  readonly storage: Map<string, unknown>;
  /** Requests the content script sent to the worker, in order. */
  readonly sent: MessageRequest[];
  /** What was copied to the clipboard. */
  readonly copied: string[];
  /** The panel element, if any. */
  panel(): HTMLElement | null;
  /** The ids in the panel's data-rules, [] without a panel. */
  rules(): string[];
  /** Changes policy and/or the user's settings, as storage.onChanged would tell the content script. */
  setSettings(change: { policy?: unknown; user?: unknown }): void;
  /** Waits for the content script's next batch. */
  settle(): Promise<void>;
  /** Sends a message to the content script as this extension's pages and worker do (tabs.sendMessage). */
  ask(message: unknown): Promise<unknown>;
}

export interface StartOptions {
  /** The browser's language (default fr); the `locale` setting may ask for another. */
  readonly locale?: Locale;
  /** Policy (storage.managed) and the user's own settings. */
  readonly policy?: unknown;
  readonly user?: unknown;
  readonly adviceSeen?: boolean;
  /** The worker's answer to each report (default: no guidance). */
  readonly guidance?: (request: MessageRequest<'report'>) => Guidance | undefined;
  /** Closed shadow roots as chrome.dom.openOrClosedShadowRoot gives them (jsdom gives none). */
  readonly shadowRoot?: ContentApi['shadowRoot'];
}

/** Runs the content script in `dom` with an in-memory fake of the extension APIs. */
export function start(dom: Page, options: StartOptions = {}): Running {
  const storage = new Map<string, unknown>();
  let settingsChanged = (): void => undefined;
  const stored = { policy: options.policy, user: options.user };
  const sent: MessageRequest[] = [];
  const copied: string[] = [];
  let answer: (message: unknown) => Promise<unknown> = async () => undefined;
  if (options.adviceSeen) storage.set('adviceSeen', true);
  const api: ContentApi = {
    configure: () => {
      const { settings } = resolveSettings(
        stored.policy,
        stored.user,
        RULES.map((r) => r.id),
      );
      const locale = settings.locale === 'auto' ? (options.locale ?? 'fr') : settings.locale;
      return { settings, t: getMessageFrom(loadMessages(locale)) };
    },
    watchSettings: (changed) => void (settingsChanged = changed),
    adviceAllowedAlone: async () => storage.get('adviceSeen') !== true,
    adviceSeen: async () => void storage.set('adviceSeen', true),
    alive: () => true,
    report: async (request) => (sent.push(request), options.guidance?.(request)),
    act: async (request) => (sent.push(request), { ok: true, at: 0, cookiesRemoved: 1 }),
    copy: async (text) => void copied.push(text),
    panel: () => panelModule,
    shadowRoot: options.shadowRoot,
    listen: (given) => void (answer = given),
  };
  const win = dom.window as unknown as Window;
  const handle = startContent(win, api);
  const panel = (): HTMLElement | null => win.document.querySelector<HTMLElement>(PANEL_SELECTOR);
  return {
    dom,
    handle,
    storage,
    sent,
    copied,
    panel,
    setSettings: (change) => {
      Object.assign(stored, change);
      settingsChanged();
    },
    rules: () => panel()?.getAttribute('data-rules')?.split(' ').filter(Boolean) ?? [],
    ask: (message) => answer(message),
    settle: async () => {
      // Two batch delays (FRAME_MS): the batch in progress, then one more for changes it caused.
      await new Promise<void>((r) => setTimeout(r, 2 * FRAME_MS + 5));
      await new Promise<void>((r) => setTimeout(r, 0));
    },
  };
}

/** Waits until `check` holds, polling the test (not the extension) every 20 ms, up to `ms`. */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
