import browser from 'webextension-polyfill';
import { pageConfig } from '../lib/page-config';
import { renderHelp } from './help-view';

void pageConfig(browser).then(({ t }) => renderHelp(document, t));
