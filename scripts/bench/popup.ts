/**
 * Popup open → form ready with the profile shown (issue 5: median ≤ 150 ms in headless Chromium).
 * Opens `popup.html?tab=<id>` for a LinkedIn fixture tab again and again and reads the popup's own
 * `performance.mark('form-ready')`, i.e. the time from the popup's navigation start until the
 * form shows the profile. An API key is set first (the form is behind the first-run screen
 * otherwise); without `fixtureServerUrl` the Stardex lookups fail, which the form does not wait for.
 * A second series stops the service worker before each open (as Chrome does after 30 s idle), so
 * the number includes the worker's start-up, which a recruiter meets on the first open in a while.
 */
import type { Page } from '@playwright/test';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { stopServiceWorker } from '../../tests/e2e/support/service-worker';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const RUNS = 25;
const WARMUP = 3;
const COLD_RUNS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function openOnce(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return page.evaluate(() => performance.getEntriesByName('form-ready')[0]?.startTime ?? Number.NaN);
}

/** Measures the popup; returns the median and spread in ms, and the number of opens. */
export async function benchPopup(opts: {
  chromiumPath: string;
  extensionPath: string;
  fixtureServerUrl?: string;
}): Promise<Record<string, unknown>> {
  process.env.CHROMIUM_PATH = opts.chromiumPath;
  const ext = await launchExtension({ extensionPath: opts.extensionPath });
  try {
    await ext.worker.evaluate(
      async (baseUrl) =>
        chrome.storage.local.set({ apiKey: 'bench-key', ...(baseUrl ? { apiBaseUrl: baseUrl } : {}) }),
      opts.fixtureServerUrl ?? '',
    );
    const routes = new LinkedInRoutes();
    routes.serve(PROFILE_URL, 'in-profile-2025.html');
    await routes.install(ext.context);
    const target = await ext.context.newPage();
    await target.goto(PROFILE_URL);
    await target.bringToFront();
    // The active tab's id (tabs.query gives no URLs without the tabs permission).
    const tabId = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    if (tabId === undefined) throw new Error('no LinkedIn tab to point the popup at');
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    const url = `chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`;
    const times: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await openOnce(popup, url);
      if (i >= WARMUP) times.push(ms);
    }
    const nameShown = await popup.getByRole('heading', { level: 1 }).textContent();
    const coldTimes: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await popup.goto('about:blank');
      await stopServiceWorker(ext.context, ext.extensionId);
      coldTimes.push(await openOnce(popup, url));
    }
    return {
      'popup open → form ready, median ms': round(median(times)),
      'median within 150 ms': median(times) <= 150,
      'min ms': round(Math.min(...times)),
      'max ms': round(Math.max(...times)),
      opens: times.length,
      'popup open with a stopped worker → form ready, median ms': round(median(coldTimes)),
      'stopped-worker opens': coldTimes.length,
      'profile shown': Boolean(nameShown && nameShown.trim() !== ''),
    };
  } finally {
    await ext.close();
  }
}
