import type { PanelModule } from '../panel-api';
import { createView as create } from './view';

/**
 * The panel module: everything that follows a match, loaded with a dynamic import of this extension
 * file the first time a rule matches, so that the content script that runs on every page stays small.
 */
export const createView: PanelModule['createView'] = create;
