import type { Guidance, GuidanceAction } from '../../lib/messages';
import type { Translate } from '../../lib/translate';
import { el } from '../../ui/dom';
import type { Drawing } from './drawing';

const LABELS: Readonly<Record<GuidanceAction, string>> = {
  'clean-reload': 'action_clean_reload',
  'mail-admin': 'action_mail_admin',
  'copy-diagnostic': 'action_copy_diagnostic',
  'return-to-saga': 'action_return_to_saga',
};

/** Progress, what was already done, and what to do now that the first fix did not help. */
export function guidanceNotes(doc: Document, g: Guidance, t: Translate): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (g.procedure) {
    const { step, total, label } = g.procedure;
    notes.push(el(doc, 'p', { class: 'progress' }, t('guide_progress', [String(step), String(total), t(label)])));
  }
  if (g.cleanedAt !== undefined) {
    const time = new Date(g.cleanedAt).toLocaleTimeString(t('lang') || 'fr', { hour: '2-digit', minute: '2-digit' });
    notes.push(el(doc, 'p', { class: 'done' }, t('guide_cleaned', [time])));
  }
  if (g.escalation) notes.push(el(doc, 'p', { class: 'escalation' }, t(g.escalation)));
  return notes;
}

/**
 * The worker's actions: buttons, and the mail as a real link the director clicks; each kept in
 * `drawing` (data-action stays on them for tests and tools, and is never read back).
 */
export function guidanceActions(doc: Document, g: Guidance, t: Translate, drawing: Drawing): HTMLElement[] {
  const out: HTMLElement[] = [];
  const mail = g.mail?.href.startsWith('mailto:') ? g.mail.href : null;
  for (const action of g.actions) {
    if (action === 'mail-admin') {
      if (mail) out.push(drawing.link(el(doc, 'a', { href: mail, 'data-action': action }, t(LABELS[action])), mail));
    } else if (action !== 'copy-diagnostic' || mail) {
      out.push(drawing.button(el(doc, 'button', { type: 'button', 'data-action': action }, t(LABELS[action])), action));
    }
  }
  return out;
}
