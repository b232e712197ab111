/** Looks up a message of `_locales` by key, with positional substitutions. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type MessageDict = Readonly<Record<string, MessageEntry>>;

/**
 * `i18n.getMessage` over a messages file of our own choosing, as Chromium does it (named placeholders,
 * their `$1`… contents, `$$` for `$`): the way to honour the `locale` setting, since the browser's
 * i18n API always speaks the browser's language.
 */
export function translatorFrom(dict: MessageDict): Translate {
  return (key, substitutions) => {
    const entry = dict[key];
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

/** A translator that serves some keys itself (extra rules' texts) and the rest from `base`. */
export function withOverlay(base: Translate, overlay: ReadonlyMap<string, string>): Translate {
  return (key, substitutions) => overlay.get(key) ?? base(key, substitutions);
}
