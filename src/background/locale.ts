import type { MessageDict } from '../lib/translate';
import type { WorkerApi } from './api';

/** The extension's own messages file for `locale`: a file of the extension, not a network request. */
export async function localeMessages(api: WorkerApi, locale: 'fr' | 'en'): Promise<MessageDict> {
  const response = await fetch(api.runtime.getURL(`_locales/${locale}/messages.json`));
  return (await response.json()) as MessageDict;
}

/**
 * `load`, read once per locale for the worker's life: the files are the extension's own and do not
 * change, and a mail's answer should not wait for a file read each time. A failure is not kept.
 */
export function rememberedMessages(
  load: (locale: 'fr' | 'en') => Promise<MessageDict>,
): (locale: 'fr' | 'en') => Promise<MessageDict> {
  const loaded = new Map<string, Promise<MessageDict>>();
  return (locale) => {
    const known = loaded.get(locale);
    if (known) return known;
    const loading = load(locale);
    loaded.set(locale, loading);
    loading.catch(() => loaded.delete(locale));
    return loading;
  };
}
