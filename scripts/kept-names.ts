// The scripts run under tsx, which compiles them with esbuild's keepNames: a function that names a function
// inside it (`const make = () => …`, a method, a nested declaration) calls __name(), a helper of the script's
// own module. Playwright sends a function to the page as its source text, where no __name exists, and it
// fails there with "ReferenceError: __name is not defined". A __name that does nothing, defined in every
// page before its own scripts, lets such functions run as written (the names only matter in stack traces).
import type { BrowserContext } from 'playwright-core';

/** Every page of the context, present and future, gets a do-nothing __name. */
export async function acceptKeptNames(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
}
