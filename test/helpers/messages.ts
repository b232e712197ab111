import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../../src/lib/translate';
import { translatorFrom } from '../../src/lib/translate';

export type Locale = 'fr' | 'en';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, MessageEntry>;

export function loadMessages(locale: Locale): Messages {
  const file = fileURLToPath(new URL(`../../src/_locales/${locale}/messages.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** `i18n.getMessage` as Chromium does it, over one locale's messages. */
export function getMessageFrom(messages: Messages): Translate {
  return translatorFrom(messages);
}
