// Text as a person reads it, for comparisons: French typography puts no-break spaces inside « » and
// before « : », and layout adds line breaks; neither changes what is read.

/** White space of any kind (no-break spaces included) as one space, trimmed. */
export const plain = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** No-break spaces as plain spaces, nothing else changed: for text compared as it is laid out. */
export const spaced = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
