import { siteOf } from '../core/sites';

/**
 * Where a frame stands, for the panel:
 * - `top`: the tab's page itself;
 * - `served`: a frame whose every ancestor is one of the three served sites (SAGA framing its own page);
 * - `foreign`: a frame inside a page of any other site (a site framing SAGA or PLAGE): no panel;
 * - `unknown`: the browser does not say (Firefox has no location.ancestorOrigins): no panel until the
 *   worker, which knows the tab's address, has answered the frame's report without `ignored`.
 */
export type FrameStanding = 'top' | 'served' | 'foreign' | 'unknown';

export function frameStanding(win: Window): FrameStanding {
  if (win.top === win.self) return 'top';
  // The browser's list of the origins above this frame, nearest first. An origin is served when it is
  // https on the default port of one of the three hosts; "null" (opaque, or hidden by the embedding
  // page's referrer policy) is not.
  const ancestors = (win.location as Location & { ancestorOrigins?: ArrayLike<string> }).ancestorOrigins;
  if (!ancestors) return 'unknown';
  const served = (origin: string): boolean => origin.startsWith('https://') && siteOf(origin.slice(8)) !== null;
  return Array.from(ancestors).every(served) ? 'served' : 'foreign';
}
