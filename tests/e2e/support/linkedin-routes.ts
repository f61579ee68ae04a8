/**
 * Serves the project's own fixture pages (invented people) at real LinkedIn URLs, by request
 * routing inside the browser: the manifest keeps its real match patterns, nothing test-only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';

const FIXTURE_DIR = resolve('tests/fixtures/linkedin');

export class LinkedInRoutes {
  private readonly pages = new Map<string, string>();

  /** Serve `tests/fixtures/linkedin/<fixture>` at `url` (path match, any LinkedIn host). */
  serve(url: string, fixture: string): string {
    this.pages.set(new URL(url).pathname, readFileSync(resolve(FIXTURE_DIR, fixture), 'utf8'));
    return url;
  }

  /** Serve raw HTML at `url`. */
  serveHtml(url: string, html: string): string {
    this.pages.set(new URL(url).pathname, html);
    return url;
  }

  async install(context: BrowserContext): Promise<void> {
    // Nothing but localhost may leave the browser; LinkedIn documents come from fixtures.
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'chrome-extension:',
      async (route) => {
        const url = new URL(route.request().url());
        const html = /(^|\.)linkedin\.com$/.test(url.hostname) ? this.pages.get(url.pathname) : undefined;
        if (html !== undefined && route.request().resourceType() === 'document') {
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        } else if (
          /(^|\.)linkedin\.com$/.test(url.hostname) &&
          route.request().resourceType() === 'document'
        ) {
          await route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not a fixture</h1>' });
        } else {
          await route.abort();
        }
      },
    );
  }
}
