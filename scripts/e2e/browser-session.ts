/**
 * One browser test file's set-up: the built site served under `mount`, one Chromium for the file,
 * a fresh context and page per test, and every console error, page error, failed or outside
 * request of a test failing it (see `watchPage`).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../browser/browser.ts';
import { startStaticServer, type StaticServer } from '../browser/serve.ts';
import { siteDir } from './site-dir.ts';

/** What a test sees: the server, this test's page, and the problems seen on it so far. */
export interface BrowserSession {
  readonly server: StaticServer;
  readonly page: Page;
  /** Problems seen during this test; a test that expects one may filter it out. */
  problems: string[];
}

/**
 * Registers the hooks of a browser test file and returns its session; read `page` and `server`
 * inside tests only (they are set by the hooks).
 */
export function useBrowserSession(options: { mount: string; context?: BrowserContextOptions }): BrowserSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const session = {
    get server() {
      if (!server) throw new Error('The server starts in beforeAll; read session.server inside a test.');
      return server;
    },
    get page() {
      if (!page) throw new Error('The page opens in beforeEach; read session.page inside a test.');
      return page;
    },
    problems: [] as string[],
  };

  beforeAll(async () => {
    server = await startStaticServer(siteDir, { mount: options.mount });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser!.newContext(options.context);
    page = await context.newPage();
    session.problems = await watchPage(page, new URL(session.server.url).origin);
  });

  afterEach(async () => {
    await context?.close();
    expect(session.problems).toEqual([]);
  });

  return session;
}
