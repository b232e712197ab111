import browser from 'webextension-polyfill';
import type { Translate } from '../content/i18n';
import { renderHelp } from './help-view';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

renderHelp(document, t);
