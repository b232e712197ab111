import type { UnknownReport } from '../lib/messages';
import type { MessageCandidate } from '../lib/tab-messages';
import type { Translate } from '../lib/translate';
import { el } from '../ui/page-dom';
import { onPress } from '../ui/press';
import { copyText } from '../ui/clipboard';

// A label shows the start of a long message only: the popup is 360 px wide, and the preview below
// shows the whole text, exactly as it will be sent.
const LABEL_MAX = 120;
const shortened = (text: string): string =>
  text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1).trimEnd()}…`;

/** The page's messages as a radio group, the first one checked: `onPick` hears the director's changes. */
export function candidatesView(
  doc: Document,
  candidates: readonly MessageCandidate[],
  t: Translate,
  onPick: (candidate: MessageCandidate) => void,
): HTMLFieldSetElement {
  const fieldset = el(doc, 'fieldset', { class: 'report-candidates' });
  fieldset.append(el(doc, 'legend', {}, t('popup_report_choose')));
  candidates.forEach((candidate, i) => {
    const id = `report-candidate-${i}`;
    const radio = el(doc, 'input', {
      type: 'radio',
      name: 'report-candidate',
      id,
      value: String(i),
      'data-source': candidate.source,
    });
    radio.checked = i === 0;
    radio.addEventListener('change', () => {
      if (radio.checked) onPick(candidate);
    });
    const text = shortened(candidate.text);
    const label = candidate.source === 'selection' ? t('popup_report_selection', [text]) : text;
    const row = el(doc, 'div', { class: 'candidate' });
    row.append(radio, el(doc, 'label', { for: id }, label));
    fieldset.append(row);
  });
  return fieldset;
}

/** The report as it will be sent, and the two ways to send it. */
export interface Preview {
  readonly element: HTMLElement;
  /** Shows a report; null hides the previous one while the next is written, so no stale link is clicked. */
  show(report: UnknownReport | null, verified?: boolean): void;
}

export function previewView(doc: Document, t: Translate, status: HTMLElement): Preview {
  const element = el(doc, 'div', { class: 'report-preview', hidden: '' });
  const to = el(doc, 'strong', { 'data-report-to': '' });
  const toLine = el(doc, 'p', {}, `${t('popup_report_to')} `);
  toLine.append(to);
  const box = el(doc, 'textarea', {
    id: 'report-preview',
    readonly: '',
    rows: '8',
    spellcheck: 'false',
    'data-report-preview': '',
  });
  const unverified = el(
    doc,
    'p',
    { class: 'note', 'data-report-unverified': '', hidden: '' },
    t('popup_report_unverified'),
  );
  // A real anchor the director clicks: a mailto opened by the worker leaves a blank tab in Chromium.
  const mail = el(doc, 'a', { 'data-action': 'report-mail', class: 'button' }, t('popup_report_mail'));
  const copy = el(doc, 'button', { type: 'button', 'data-action': 'report-copy' }, t('popup_report_copy'));
  const actions = el(doc, 'p', { class: 'report-send' });
  actions.append(mail, ' ', copy);
  element.append(toLine, el(doc, 'label', { for: box.id }, t('popup_report_preview_label')), box, unverified, actions);
  let body = '';
  onPress(copy, () => {
    copyText(doc, body).then(
      () => {
        status.textContent = t('popup_report_copy_done');
      },
      () => {
        // The text is already in a read-only box: selected, it is one Ctrl+C away.
        status.textContent = t('popup_report_copy_failed');
        box.focus();
        box.select();
      },
    );
  });
  return {
    element,
    show(report, verified = true) {
      element.hidden = report === null;
      body = report?.body ?? '';
      box.value = body;
      to.textContent = report?.to ?? '';
      unverified.hidden = verified;
      if (report) mail.setAttribute('href', report.href);
      else mail.removeAttribute('href');
    },
  };
}
