import { RULES, RULES_BY_PRIORITY } from '../rules';
import type { WorkerApi } from './api';
import type { TabRecord } from './state';

const ERROR_COLOUR = '#ce0500';

/** The most urgent problem of a tab: an error rule shown in one of its frames, or a network failure. */
export function tabProblem(record: TabRecord): { title: string } | { network: true } | null {
  const shown = new Set(Object.values(record.frames).flatMap((f) => f.rules));
  const error = RULES_BY_PRIORITY.find((r) => r.kind === 'error' && shown.has(r.id));
  if (error) return { title: error.title };
  // Ids outside the catalogue are the IT department's extra rules, which are all errors.
  if ([...shown].some((id) => !RULES.some((r) => r.id === id))) return { title: 'badge_problem' };
  return record.network ? { network: true } : null;
}

/** Shows "!" on the toolbar button while the tab has a problem; clears it when the problem goes. */
export async function updateBadge(api: WorkerApi, tabId: number, record: TabRecord): Promise<void> {
  const problem = tabProblem(record);
  const name = api.i18n.getMessage('ext_name');
  const title = !problem
    ? name
    : 'network' in problem
      ? `${name} – ${api.i18n.getMessage('badge_network')}`
      : `${name} – ${api.i18n.getMessage(problem.title)}`;
  try {
    await api.action.setBadgeText({ tabId, text: problem ? '!' : '' });
    if (problem) await api.action.setBadgeBackgroundColor({ tabId, color: ERROR_COLOUR });
    await api.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile: nothing to show it on.
  }
}
