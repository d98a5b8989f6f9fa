// What middleware puts on every request: the locale and the database.
import type { Db } from '../db/client.ts';
import type { Locale } from '../i18n/messages.ts';

export interface AppDeps {
  db: Db;
  /** The clock, passed in so pages and tests agree on "today". */
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    locale: Locale;
    deps: AppDeps;
    requestId: string;
  };
}
