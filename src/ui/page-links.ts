// Links between the extension's own pages, named once: the options page points into the help page.

/** The anchor of the help page's privacy section. */
export const PRIVACY_ID = 'privacy';
export const PRIVACY_HREF = `help.html#${PRIVACY_ID}`;
