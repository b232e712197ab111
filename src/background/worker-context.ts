import type { NavigatorLike } from '../core/env-info';
import type { MessageDict } from '../lib/translate';
import type { WorkerApi } from './api';
import type { PolicySource } from './policy-source';
import type { SessionState } from './state';

/** What every handler of the worker is given: declared apart so that handlers need not import each other. */
export interface WorkerContext {
  readonly api: WorkerApi;
  readonly state: SessionState;
  readonly now: () => number;
  /** The browser's navigator: name, version and system for the mail. */
  readonly nav: NavigatorLike;
  /** A locale's messages, for the `locale` setting (the i18n API speaks the browser's language only). */
  readonly messages: (locale: 'fr' | 'en') => Promise<MessageDict>;
  /** storage.managed, with a bounded wait for answers to pages (policy-source.ts). */
  readonly policy: PolicySource;
}
