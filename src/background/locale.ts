import type { MessageDict } from '../lib/translate';
import type { WorkerApi } from './api';

/** The extension's own messages file for `locale`: a file of the extension, not a network request. */
export async function localeMessages(api: WorkerApi, locale: 'fr' | 'en'): Promise<MessageDict> {
  const response = await fetch(api.runtime.getURL(`_locales/${locale}/messages.json`));
  return (await response.json()) as MessageDict;
}
