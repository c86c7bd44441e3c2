import { Browser } from 'playwright-core';
import { Role } from '@quorum/access';
import { createUser, TestUser } from '../../utils/users.factory';
import { launchBrowser } from './browser';
import { startWebApp, WebApp } from './web-app';

/** What a browser spec drives: its website, its Chromium and, when asked for, a staff account. */
export interface SiteSession {
  web: WebApp;
  browser: Browser;
  /** Only with `siteSession({ staff: true })`. */
  staff: TestUser;
}

/**
 * Starts the website (on a database of its own) and Chromium before the
 * file's tests and closes both after them: one of each per test file. The
 * fields are filled in by the beforeAll hook, so read them inside tests and
 * hooks only.
 */
export function siteSession(options: { staff?: boolean } = {}): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    [session.web, session.browser] = await Promise.all([startWebApp(), launchBrowser()]);
    if (options.staff) session.staff = await createUser(session.web.api, { role: Role.STAFF });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.web?.close();
  });
  return session;
}
