/**
 * What the extension adds to LinkedIn's main thread per in-app navigation: script time
 * (`Performance.getMetrics` ScriptDuration, which counts every world of the page, the content
 * script's included) over SPA navigations between 2026-layout profiles, each followed by a burst
 * of DOM mutations as LinkedIn's renderer makes, with the extension (page button on, then off)
 * against the same Chromium without it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { bodyOf } from '../../tests/e2e/support/spa';
import { median } from './stats';

const DIR = 'tests/fixtures/linkedin/sdui-plain';
const NAVIGATIONS = 30;
/** Rounds alternate the three browsers; the added cost is the median of the rounds' differences. */
const ROUNDS = 7;

function fixture(name: string): { url: string; html: string } {
  const { url } = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as { url: string };
  return { url, html: readFileSync(`${DIR}/${name}.html`, 'utf8') };
}

/** Script ms per navigation: `NAVIGATIONS` in-app moves between two profiles, 40 mutations each. */
async function scriptMsPerNavigation(page: Page): Promise<number> {
  const a = fixture('plain-full');
  const b = fixture('plain-pl');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const before = await scriptMs();
  for (let i = 0; i < NAVIGATIONS; i++) {
    const next = i % 2 === 0 ? b : a;
    await page.evaluate(
      ({ path, body }) =>
        new Promise<void>((resolve) => {
          history.pushState({}, '', path);
          // LinkedIn renders a view in pieces: one swap, then a burst of small mutations.
          setTimeout(() => {
            document.body.innerHTML = body;
            for (let n = 0; n < 40; n++) document.body.append(document.createElement('div'));
            setTimeout(resolve, 400);
          }, 100);
        }),
      { path: new URL(next.url).pathname, body: bodyOf(next.html) },
    );
  }
  const spent = (await scriptMs()) - before;
  await cdp.detach();
  return spent / NAVIGATIONS;
}

async function measure(context: BrowserContext, routes: LinkedInRoutes): Promise<number> {
  await routes.install(context);
  const page = await context.newPage();
  const start = fixture('plain-full');
  await page.goto(start.url);
  await page.waitForTimeout(1500);
  return scriptMsPerNavigation(page);
}

function routesFor(): LinkedInRoutes {
  const routes = new LinkedInRoutes();
  for (const name of ['plain-full', 'plain-pl']) {
    const { url, html } = fixture(name);
    routes.serveHtml(url, html);
  }
  return routes;
}

async function withoutExtension(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'stardex-nav-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: false,
    args: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    return await measure(context, routesFor());
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withExtension(extensionPath: string, pageButton: boolean): Promise<number> {
  const ext = await launchExtension({ extensionPath });
  try {
    await ext.worker.evaluate(
      (showPageButton) => chrome.storage.sync.set({ settings: { showPageButton } }),
      pageButton,
    );
    return await measure(ext.context, routesFor());
  } finally {
    await ext.close();
  }
}

/** Median script ms per navigation without the extension, and what it adds (button on, off). */
export async function benchNavigationCost(opts: { extensionPath: string }): Promise<Record<string, unknown>> {
  const base: number[] = [];
  const on: number[] = [];
  const off: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    base.push(await withoutExtension());
    on.push(await withExtension(opts.extensionPath, true));
    off.push(await withExtension(opts.extensionPath, false));
  }
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const differences = (runs: number[]) =>
    runs.map((value, i) => value - (base[i] ?? 0)).sort((a, b) => a - b);
  const added = (runs: number[]) => round2(median(differences(runs)));
  /** The middle half of the rounds' differences: how far one round is from the next. */
  const spread = (runs: number[]) => {
    const sorted = differences(runs);
    return [sorted[Math.floor(sorted.length / 4)], sorted[Math.ceil((3 * sorted.length) / 4) - 1]].map((n) =>
      round2(n ?? 0),
    );
  };
  return {
    [`script ms per SPA navigation without the extension (median of ${ROUNDS} × ${NAVIGATIONS})`]: round2(
      median(base),
    ),
    'added by the extension, page button on, ms per navigation (target ≤ 1)': added(on),
    'page button on, middle half of the rounds, ms': spread(on),
    'added by the extension, page button off, ms per navigation (target 0)': added(off),
    'page button off, middle half of the rounds, ms': spread(off),
    meetsTargets: added(on) <= 1,
  };
}
