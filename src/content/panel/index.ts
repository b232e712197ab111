import type { PanelModule } from '../panel-api';
import { Highlighter, TARGET_ATTR } from './highlight';
import { Panel } from './panel';

/**
 * The panel module: drawn only on pages where a rule matched, so the content script that runs on
 * every page stays small. Loaded with a dynamic import of this extension file.
 */
export const createPanel: PanelModule['createPanel'] = (doc, t, onAction, hotlineUrl) => {
  const highlighter = new Highlighter();
  const panel = new Panel(doc, t, onAction, hotlineUrl);
  return {
    show: (presentation, guidance) => {
      panel.show(presentation, guidance);
      highlighter.set(presentation.targets);
    },
    status: (text) => panel.status(text),
    remove: () => {
      panel.remove();
      highlighter.clear();
    },
    owns: (node, attribute) =>
      node === panel.element || (highlighter.has(node) && (attribute === 'style' || attribute === TARGET_ATTR)),
    get element() {
      return panel.element;
    },
  };
};
