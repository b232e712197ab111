import { nativeBrowser } from '../../lib/native-browser';
import { typedSend } from '../../lib/send';
import type { PanelModule } from '../panel-api';
import { createView as create } from './view';

/**
 * The panel module: everything that follows a match, loaded with a dynamic import of this extension
 * file the first time a rule matches, so that the content script that runs on every page stays small.
 */
export const createView: PanelModule['createView'] = create;

let sender: PanelModule['send'] | undefined;

/** The worker's answers, asked for by the content script once this module is loaded (the first match);
 * the extension API is looked up once, on the first question (importing this module asks nothing). */
export const send: PanelModule['send'] = (request) => (sender ??= typedSend(nativeBrowser().runtime))(request);
