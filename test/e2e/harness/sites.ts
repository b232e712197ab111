import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const FIXTURES = here('../../fixtures/');
// Hostile pages (security tests), served under the same host names but kept out of test/fixtures/, whose
// pages are the guide's screens listed in expectations.json and the reviewer notes.
const HOSTILE = here('../hostile/');

export const SITE_HOSTS = [
  'saga.cng.sante.fr',
  'connect-pasrel.atih.sante.fr',
  'assistance.atih.sante.fr',
  'www.sante.fr',
];

/** One request as the server saw it. */
export interface Seen {
  readonly host: string;
  readonly path: string;
  readonly cacheControl: string;
  readonly ifNoneMatch: string;
  readonly cookie: string;
  readonly origin: string;
  readonly referer: string;
  /** Fetch metadata: a request a page or an extension made carries it; the browser's own calls do not. */
  readonly fetchSite: string;
}

// Cookies like a real site's: a session cookie per served host, and on the bystander both a host-only
// cookie and one for the whole sante.fr domain, which a clean reload of SAGA must leave alone.
const COOKIES: Record<string, string[]> = {
  'saga.cng.sante.fr': ['SAGA_SESSION=s1; Path=/; Secure; HttpOnly; SameSite=Lax'],
  'connect-pasrel.atih.sante.fr': ['CASTGC=c1; Path=/; Secure; HttpOnly; SameSite=Lax'],
  'www.sante.fr': ['BYSTANDER=keep; Path=/; Secure', 'SANTE_SHARED=keep; Domain=sante.fr; Path=/; Secure'],
};

export interface Sites {
  readonly port: number;
  /** Every request since the server started (never cleared: the no-network check reads it all). */
  readonly seen: readonly Seen[];
  /** A point in the log, to read what came after it. */
  mark(): number;
  /** Requests to `host` after `mark` (default: since the start). */
  requests(host: string, mark?: number): Seen[];
  close(): Promise<void>;
}

/**
 * One HTTPS server playing every site from test/fixtures/<host>/ (then test/e2e/hostile/<host>/), with
 * caching headers (max-age and an ETag, answering 304 to a conditional request) and cookies, and a log of
 * every request it receives.
 */
export async function startSites(files: Readonly<Record<string, string>> = {}): Promise<Sites> {
  const seen: Seen[] = [];
  const server: Server = createServer(
    { key: readFileSync(here('../tls/key.pem')), cert: readFileSync(here('../tls/cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').split(':')[0] ?? '';
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const header = (name: string): string => String(req.headers[name] ?? '');
      seen.push({
        host,
        path,
        cacheControl: header('cache-control'),
        ifNoneMatch: header('if-none-match'),
        cookie: header('cookie'),
        origin: header('origin'),
        referer: header('referer'),
        fetchSite: header('sec-fetch-site'),
      });
      // Extra hosts serve a folder of their own (the update server of the policy test).
      const folder = files[host];
      const page = `${host}${path.endsWith('/') ? `${path}index.html` : path}`;
      const file = folder
        ? `${folder}${path}`
        : existsSync(`${FIXTURES}${page}`)
          ? `${FIXTURES}${page}`
          : `${HOSTILE}${page}`;
      if (folder && !path.includes('..') && existsSync(file)) {
        const types: Record<string, string> = {
          xml: 'text/xml',
          crx: 'application/x-chrome-extension',
          html: 'text/html; charset=utf-8',
        };
        const type = types[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        res.end(readFileSync(file));
        return;
      }
      if (!SITE_HOSTS.includes(host) || path.includes('..') || !existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      const headers = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, max-age=3600',
        etag: '"fixture-v1"',
        'set-cookie': COOKIES[host] ?? [],
      };
      if (req.headers['if-none-match'] === '"fixture-v1"') {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      res.writeHead(200, headers);
      res.end(readFileSync(file));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    mark: () => seen.length,
    requests: (host, mark = 0) => seen.slice(mark).filter((s) => s.host === host),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
