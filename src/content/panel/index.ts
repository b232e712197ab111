import { readClosedRoots } from '../../core/dom-text';
import { closedRoots } from '../../lib/closed-roots';
import { nativeBrowser } from '../../lib/native-browser';
import type { PanelModule } from '../panel-api';
import { answer as tabAnswer } from './tab-answers';
import { createView as create } from './view';

/**
 * The panel module: everything that follows a match, loaded with a dynamic import of this extension
 * file the first time a rule matches, so that the content script that runs on every page stays small.
 */
export const createView: PanelModule['createView'] = create;

/**
 * What the extension's pages and worker ask of this tab, answered from the page (tab-answers.ts). This
 * module bundles its own copy of the shadow-root reader: it is told of closed roots as the content
 * script's is, or the messages inside closed web components would be neither offered nor verified.
 */
export const answer: PanelModule['answer'] = (message, host) => {
  try {
    readClosedRoots(closedRoots(nativeBrowser()));
  } catch {
    // no extension API (tests): open roots only
  }
  return tabAnswer(message, host);
};
