import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** `i18n.getMessage` as Chromium does it: named placeholders, their `$1`… contents, `$$` for `$`. */
export function getMessageFrom(messages: Messages) {
  return (key: string, substitutions?: readonly string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions ?? [];
    const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
        const holder = entry.placeholders?.[name.toLowerCase()];
        return holder ? fill(holder.content) : whole;
      })
      .replace(/\$\$/g, '$');
  };
}
