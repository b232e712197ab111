import { translatorFrom, type MessageDict, type Translate } from '../lib/translate';
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

/**
 * The worker's messages in the chosen language (`messages`, from the `locale` setting), else in the
 * browser's: the i18n API speaks the browser's language only.
 */
export function workerTranslate(api: WorkerApi, messages: MessageDict | null): Translate {
  return messages
    ? translatorFrom(messages)
    : (key, subs): string => api.i18n.getMessage(key, subs ? [...subs] : undefined);
}
