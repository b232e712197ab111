/** A mailto: URL taken apart: the address, and each parameter decoded. */
export function parseMailto(href: string): { to: string; params: Map<string, string> } {
  const [to = '', query = ''] = href.slice('mailto:'.length).split('?');
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split('=');
    params.set(name, decodeURIComponent(value));
  }
  return { to, params };
}
