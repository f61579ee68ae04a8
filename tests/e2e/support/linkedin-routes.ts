/**
 * Serves the project's own fixture pages (invented people) at real LinkedIn URLs, by request
 * routing inside the browser: the manifest keeps its real match patterns, nothing test-only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';

const FIXTURE_DIR = resolve('tests/fixtures/linkedin');

interface ServedPage {
  readonly query: readonly (readonly [string, string])[];
  readonly html: string;
}

const sameQuery = (a: ServedPage['query'], b: ServedPage['query']) =>
  a.length === b.length &&
  a.every(([name, value], index) => b[index]?.[0] === name && b[index]?.[1] === value);

export class LinkedInRoutes {
  /** By path: several result lists share one (`/search/results/people/`), told apart by query. */
  private readonly pages = new Map<string, ServedPage[]>();

  /** Serve `tests/fixtures/linkedin/<fixture>` at `url` (any LinkedIn host; see `pageFor`). */
  serve(url: string, fixture: string): string {
    return this.serveHtml(url, readFileSync(resolve(FIXTURE_DIR, fixture), 'utf8'));
  }

  /** Serve raw HTML at `url`, in place of what was served at that very URL. */
  serveHtml(url: string, html: string): string {
    const { pathname, searchParams } = new URL(url);
    const query = [...searchParams];
    const others = (this.pages.get(pathname) ?? []).filter((page) => !sameQuery(page.query, query));
    this.pages.set(pathname, [...others, { query, html }]);
    return url;
  }

  /**
   * The page served at `url`'s path whose query parameters `url` shares most of; on a tie the last
   * served, so a path served once answers any query, as a pasted or edited address has.
   */
  pageFor(url: string): string | undefined {
    const { pathname, searchParams } = new URL(url);
    let best: { page: ServedPage; shared: number } | undefined;
    for (const page of this.pages.get(pathname) ?? []) {
      const shared = page.query.filter(([name, value]) => searchParams.getAll(name).includes(value)).length;
      if (!best || shared >= best.shared) best = { page, shared };
    }
    return best?.page.html;
  }

  async install(context: BrowserContext): Promise<void> {
    // Nothing but localhost may leave the browser; LinkedIn documents come from fixtures.
    await context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'chrome-extension:',
      async (route) => {
        const url = new URL(route.request().url());
        const html = /(^|\.)linkedin\.com$/.test(url.hostname) ? this.pageFor(url.href) : undefined;
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
