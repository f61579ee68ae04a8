/**
 * What the extension adds to LinkedIn's main thread per in-app navigation, over SPA navigations
 * between 2026-layout profiles, each followed by a burst of DOM mutations as LinkedIn's renderer
 * makes, measured two ways:
 * - against the same Chromium without the extension: `Performance.getMetrics` ScriptDuration,
 *   which counts every world of the page (the content script's included), page button on and off;
 * - the content script's own time in a CPU profile of the same page (extension-script-time.ts),
 *   taken after the first pass so the profiler does not slow the pass compared with no extension.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/chromium-path';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { bodyOf } from '../../tests/e2e/support/spa';
import {
  meanByFunction,
  type ProfiledNavigations,
  profileNavigations,
  SAMPLING_INTERVAL_US,
} from './extension-script-time';
import { median, middleHalf } from './stats';

const DIR = 'tests/fixtures/linkedin/sdui-plain';
const NAVIGATIONS = 30;
/** Rounds alternate the three browsers; the added cost is the median of the rounds' differences. */
const ROUNDS = 7;

function fixture(name: string): { url: string; html: string } {
  const { url } = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as { url: string };
  return { url, html: readFileSync(`${DIR}/${name}.html`, 'utf8') };
}

/** A LinkedIn view to navigate to in the page: its URL and the saved page it renders. */
export interface View {
  url: string;
  html: string;
}

/** `navigations` in-app moves between two views, each rendered with 40 extra mutations. */
export async function navigateBetween(
  page: Page,
  [a, b]: readonly [View, View],
  navigations: number,
): Promise<void> {
  for (let i = 0; i < navigations; i++) {
    const next = i % 2 === 0 ? b : a;
    const target = new URL(next.url);
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
      { path: target.pathname + target.search, body: bodyOf(next.html) },
    );
  }
}

const profiles = (): [View, View] => [fixture('plain-full'), fixture('plain-pl')];
const navigate = (page: Page) => navigateBetween(page, profiles(), NAVIGATIONS);

/** Script ms per navigation, every world of the page. */
async function scriptMsPerNavigation(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const before = await scriptMs();
  await navigate(page);
  const spent = (await scriptMs()) - before;
  await cdp.detach();
  return spent / NAVIGATIONS;
}

/** A tab on the first of `views`, served with the others, once its first render has settled. */
async function openFirst(context: BrowserContext, views: readonly View[]): Promise<Page> {
  await routesFor(views).install(context);
  const page = await context.newPage();
  await page.goto(views[0]?.url ?? 'about:blank');
  await page.waitForTimeout(1500);
  return page;
}

/** Fixture routes serving `views` at their URLs. */
function routesFor(views: readonly View[]): LinkedInRoutes {
  const routes = new LinkedInRoutes();
  for (const { url, html } of views) routes.serveHtml(url, html);
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
    return await scriptMsPerNavigation(await openFirst(context, profiles()));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface WithExtension {
  scriptMs: number;
  profiled: ProfiledNavigations;
}

/** Runs `measure` in Chromium with the extension, page button on or off, on a tab open on `views[0]`. */
export async function withExtensionOn<T>(
  extensionPath: string,
  pageButton: boolean,
  views: readonly View[],
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const ext = await launchExtension({ extensionPath });
  try {
    await ext.worker.evaluate(
      (showPageButton) => chrome.storage.sync.set({ settings: { showPageButton } }),
      pageButton,
    );
    return await measure(await openFirst(ext.context, views));
  } finally {
    await ext.close();
  }
}

function withExtension(extensionPath: string, pageButton: boolean): Promise<WithExtension> {
  return withExtensionOn(extensionPath, pageButton, profiles(), async (page) => ({
    scriptMs: await scriptMsPerNavigation(page),
    profiled: await profileNavigations(page, NAVIGATIONS, () => navigate(page)),
  }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Median and middle half of a few rounds' ms, rounded. */
function summary(values: number[]): { median: number; middleHalf: number[] } {
  return { median: round2(median(values)), middleHalf: middleHalf(values).map(round2) };
}

/** Script ms per navigation without the extension, what it adds (button on, off), and its own time. */
export async function benchNavigationCost(opts: { extensionPath: string }): Promise<Record<string, unknown>> {
  const base: number[] = [];
  const on: WithExtension[] = [];
  const off: WithExtension[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    base.push(await withoutExtension());
    on.push(await withExtension(opts.extensionPath, true));
    off.push(await withExtension(opts.extensionPath, false));
  }
  // Rounds alternate the three browsers: a round's difference is taken under one machine load.
  const added = (runs: WithExtension[]) => summary(runs.map((run, i) => run.scriptMs - (base[i] ?? 0)));
  const own = (runs: WithExtension[]) => summary(runs.map((run) => run.profiled.msPerNavigation));
  const addedOn = added(on);
  const ownOn = own(on);
  const profiled = `CPU profile, ${SAMPLING_INTERVAL_US} µs samples, which inflate it: compare on with off`;
  return {
    [`script ms per SPA navigation without the extension (median of ${ROUNDS} × ${NAVIGATIONS})`]: round2(
      median(base),
    ),
    'added by the extension, page button on, ms per navigation (target ≤ 1)': addedOn.median,
    'page button on, middle half of the rounds, ms': addedOn.middleHalf,
    'added by the extension, page button off, ms per navigation (target 0)': added(off).median,
    'page button off, middle half of the rounds, ms': added(off).middleHalf,
    [`content script's own ms per navigation, page button on (${profiled})`]: ownOn.median,
    'own ms, page button on, middle half of the rounds': ownOn.middleHalf,
    'own ms per navigation, page button off': own(off).median,
    'own ms, page button off, middle half of the rounds': own(off).middleHalf,
    'where the own ms go, page button on (ms per navigation, by function of the minified .output/chrome-mv3/linkedin.js)':
      meanByFunction(
        on.map((run) => run.profiled),
        5,
      ),
    meetsTargets: addedOn.median <= 1 && ownOn.median <= 1,
  };
}
