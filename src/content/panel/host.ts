import { PANEL_ATTR } from '../panel-api';
import type { Corner } from './placement';

/**
 * What page CSS must never take from the host: where it is, that it shows, that it is on top and that it
 * takes clicks. Inline and !important, which beats every stylesheet of the page (panel.css's :host
 * rules say the same, !important too, and win even over inline styles, from inside the shadow root).
 */
export const HOST_STYLE: Readonly<Record<string, string>> = {
  position: 'fixed',
  display: 'block',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  'pointer-events': 'auto',
};

const OWN_ATTRIBUTES = new Set([PANEL_ATTR, 'data-rules', 'data-place', 'style']);

/**
 * Makes `host` what the panel says it is, whatever was done to it: its marker, the rule ids it shows
 * (data-rules, highest priority first), the corner it sits in (data-place, which panel.css's :host
 * rules read), its critical styles, and nothing else (no hidden, inert or class of the page; no child
 * in the light tree, which the shadow root would not show anyway).
 */
export function dressHost(host: HTMLElement, ruleIds: readonly string[], corner: Corner): void {
  for (const name of host.getAttributeNames()) if (!OWN_ATTRIBUTES.has(name)) host.removeAttribute(name);
  host.setAttribute(PANEL_ATTR, '');
  host.setAttribute('data-rules', ruleIds.join(' '));
  host.setAttribute('data-place', corner);
  host.removeAttribute('style');
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  if (host.firstChild) host.replaceChildren();
}
