import { nativeBrowser } from '../lib/native-browser';
import { contentApi } from './content-api';
import { startContent } from './content-app';

startContent(window, contentApi(nativeBrowser()));
