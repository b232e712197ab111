import browser from 'webextension-polyfill';
import type { WorkerApi } from './api';
import { registerWorker } from './worker';

registerWorker(browser as unknown as WorkerApi);
