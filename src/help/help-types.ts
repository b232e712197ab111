// The shape of the help page's content, apart from the content itself: sections may live in several
// files (the guide, the privacy promises) without importing each other.

/** A link whose text is an address, the same in every language. */
export interface Link {
  readonly href: string;
  readonly text: string;
}

/** A list item: a message key, optionally followed by a link. */
export type Item = string | { readonly key: string; readonly link: Link };

export type Block =
  | { readonly kind: 'p'; readonly key: string; readonly link?: Link }
  | { readonly kind: 'h3'; readonly key: string }
  | { readonly kind: 'steps' | 'list'; readonly items: readonly Item[] }
  | { readonly kind: 'quote'; readonly key: string }
  | { readonly kind: 'see'; readonly section: string }
  | {
      readonly kind: 'table';
      readonly head: readonly [string, string];
      readonly rows: readonly (readonly [string, string])[];
    };

export interface HelpSection {
  /** The section's element id: the table of contents links to `#id`. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}
