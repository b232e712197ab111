/** Looks up a message of `_locales` by key, with positional substitutions. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;
