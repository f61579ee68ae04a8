/**
 * The content script's numbers: its gzipped size against the 30 KB budget (and the
 * panel script's, loaded only on open); what a non-profile page costs, proved by the unit test
 * that counts observers, timers and storage reads; and, in real Chromium with the build loaded,
 * how long until the page button shows on a profile load and after an SPA navigation.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { median } from './stats';

const BUDGET_KB = 30;
const RUNS = 7;
const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const OTHER_PATH = '/in/marta-okonkwo-lindqvist/';
const BUTTON = 'stardex-page-button';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipKb = (file: string) => kb(gzipSync(readFileSync(file), { level: 9 }).length);

/** Runs the unit test that counts what the content script starts on a non-profile page. */
function nonProfileCostTest(): string {
  try {
    execFileSync(
      'npx',
      ['vitest', 'run', 'lib/content/register-linkedin.test.ts', '-t', 'costs a non-profile page'],
      { stdio: 'ignore' },
    );
    return 'passed (0 MutationObservers, 0 setTimeout, 0 setInterval, 0 storage reads)';
  } catch {
    return 'FAILED';
  }
}

/** ms from the start of a navigation until the page button is in the DOM (page's own clock). */
async function timeToButton(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate((tag) => {
    const w = window as unknown as { buttonAt?: number };
    w.buttonAt = undefined;
    new MutationObserver((_, observer) => {
      if (!document.querySelector(tag)) return;
      w.buttonAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, BUTTON);
  const start = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(() => (window as unknown as { buttonAt?: number }).buttonAt !== undefined);
  return page.evaluate((t0) => (window as unknown as { buttonAt: number }).buttonAt - t0, start);
}

async function measureInChromium(extensionPath: string): Promise<Record<string, unknown>> {
  const ext = await launchExtension({ extensionPath });
  try {
    const routes = new LinkedInRoutes();
    routes.serve(PROFILE_URL, 'in-profile-2025.html');
    const other = readFileSync('tests/fixtures/linkedin/in-profile-2024.html', 'utf8');
    const otherBody = /<body[^>]*>([\s\S]*)<\/body>/i.exec(other)?.[1] ?? '';
    await routes.install(ext.context);
    // Records, in each document, when the button first appears (page clock: ms since navigation start).
    await ext.context.addInitScript((tag) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(tag)) return;
        (window as unknown as { buttonAt?: number }).buttonAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, BUTTON);
    const page = await ext.context.newPage();
    const loads: number[] = [];
    const spa: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const response = await page.goto(PROFILE_URL);
      if (!response?.ok()) throw new Error('profile fixture did not load');
      await page.waitForFunction(() => (window as unknown as { buttonAt?: number }).buttonAt !== undefined);
      loads.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return (window as unknown as { buttonAt: number }).buttonAt - nav.domContentLoadedEventEnd;
        }),
      );
      // LinkedIn's router: URL first, the new card 300 ms later (the button must wait for it).
      spa.push(
        await timeToButton(page, () =>
          page.evaluate(
            ({ path, body }) => {
              history.pushState({}, '', path);
              setTimeout(() => {
                document.body.innerHTML = body;
              }, 300);
            },
            { path: OTHER_PATH, body: otherBody },
          ),
        ),
      );
    }
    const buttons = await page.locator(BUTTON).count();
    return {
      'DOMContentLoaded → page button, ms (median)': Math.round(median(loads)),
      'SPA navigation → page button, ms (card renders at 300 ms; median)': Math.round(median(spa)),
      'page buttons after the last navigation': buttons,
    };
  } finally {
    await ext.close();
  }
}

/** Sizes, the non-profile cost check, and the Chromium timings. */
export async function benchContent(opts: { outputDir: string }): Promise<Record<string, unknown>> {
  const content = gzipKb(join(opts.outputDir, 'linkedin.js'));
  const results: Record<string, unknown> = {
    'content script, KB gz': content,
    [`content script within ${BUDGET_KB} KB gz`]: content <= BUDGET_KB,
    'non-profile page cost (unit test)': nonProfileCostTest(),
  };
  try {
    Object.assign(results, await measureInChromium(opts.outputDir));
  } catch (error) {
    results['Chromium timings'] = `not measured: ${error instanceof Error ? error.message : String(error)}`;
  }
  return results;
}
