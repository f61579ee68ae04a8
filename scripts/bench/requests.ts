/**
 * Requests per scenario, cadences included, measured end to end: the built
 * production extension in Chromium, a LinkedIn fixture page, the real popup, against the sandbox,
 * counting what the sandbox receives.
 *
 *   open, unknown person      — the popup's lookups for someone Stardex doesn't know (no create)
 *   first capture, unknown    — open, then "Create task": target ≤ 3 (search, create person, task;
 *                               the team list came with the key)
 *   open, cached person       — target ≤ 1 (open tasks; team members cached)
 *   repeat capture, cached    — target ≤ 2 (open tasks, create task)
 *   cadence of 3, new person  — target: the person looked up once, then one create per step
 *   copy + log, matched person — on the profile's open task: Copy, then "Log as sent": target 1
 *                               (the activity; the person is known, copying asks nothing)
 *   open a people search       — a page of ten: target 0 (marks come from the person cache)
 */
import type { Page } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { startSandbox } from '../../sandbox/server';
import { PopupPage } from '../../tests/e2e/pages/popup-page';
import { configureApi } from '../../tests/e2e/support/api-settings';
import { launchExtension } from '../../tests/e2e/support/launch-extension';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=data%20engineer';
const PEOPLE = [
  'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/',
  'https://www.linkedin.com/in/marta-okonkwo-lindqvist/',
];

interface Logged {
  method?: string;
  path: string;
}

export async function benchRequests(opts: { extensionPath: string }): Promise<Record<string, unknown>> {
  const sandbox = await startSandbox({ port: 0, quiet: true });
  const ext = await launchExtension({ extensionPath: opts.extensionPath, timezone: 'America/Los_Angeles' });
  const log = async () =>
    ((await (await fetch(`${sandbox.url}/__admin/requests`)).json()) as { data: Logged[] }).data.map((r) =>
      `${r.method ?? ''} ${r.path}`.trim(),
    );
  const clear = () => fetch(`${sandbox.url}/__admin/requests`, { method: 'DELETE' });
  /** Runs `step`, waits for the extension to go quiet, returns the requests it made. */
  const measure = async (step: () => Promise<unknown>) => {
    await clear();
    await step();
    let last = -1;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      const now = (await log()).length;
      if (now === last) break;
      last = now;
    }
    return log();
  };
  try {
    await configureApi(ext.worker, { apiKey: SANDBOX_DEMO_KEY, baseUrl: sandbox.url });
    // The team list is fetched when a key is saved, before any capture.
    while (!(await log()).includes('GET /v1/team-members')) await new Promise((r) => setTimeout(r, 100));
    const routes = new LinkedInRoutes();
    const [tomas, marta] = PEOPLE as [string, string];
    routes.serve(tomas, 'in-profile-2025.html');
    routes.serve(marta, 'in-profile-2024.html');
    routes.serve(SEARCH, 'lists/people-search-2026-sdui-en.html');
    await routes.install(ext.context);
    const tab = await ext.context.newPage();
    const open = async (url: string) => {
      await tab.goto(url);
      const popup = await PopupPage.openFor(ext, tab);
      await popup.page.waitForSelector('body[data-ready="true"]');
      return popup.page;
    };
    const create = async (popup: Page, label = 'Create task') => {
      await popup.getByRole('button', { name: 'Tomorrow', exact: true }).click();
      await popup.getByRole('button', { name: label }).click();
      await popup
        .getByRole('status')
        .getByText(/created|in Stardex/i)
        .first()
        .waitFor();
    };
    let popup: Page | null = null;
    const openUnknown = await measure(async () => {
      popup = await open(tomas);
    });
    const firstCapture = await measure(() => create(popup as unknown as Page));
    await (popup as unknown as Page).close();
    const openCached = await measure(async () => {
      popup = await open(tomas);
    });
    const repeatCapture = await measure(() => create(popup as unknown as Page));
    await (popup as unknown as Page).close();
    popup = await open(tomas);
    const work = (popup as unknown as Page).locator('.sx-work-card').first();
    await work.getByRole('textbox').first().waitFor();
    const copyAndLog = await measure(async () => {
      await work.getByRole('button', { name: 'Copy', exact: true }).click();
      await work.getByRole('button', { name: 'Log as sent' }).click();
      await (popup as unknown as Page).getByText('Logged in Stardex.').waitFor();
    });
    await (popup as unknown as Page).close();
    const cadence = await measure(async () => {
      const page = await open(marta);
      await page.getByRole('combobox', { name: 'Cadence' }).selectOption({ index: 1 });
      await create(page, 'Create 3 tasks');
    });
    const openList = await measure(async () => {
      const page = await open(SEARCH);
      await page.getByText(/people picked$/).waitFor();
    });
    const count = (list: string[], what: string) => list.filter((r) => r === what).length;
    const firstTotal = openUnknown.length + firstCapture.length;
    return {
      'open, unknown person': openUnknown.length,
      'first capture, unknown person (open + create), target ≤ 3': firstTotal,
      'open, cached person, target ≤ 1': openCached.length,
      'repeat capture, cached person (open + create), target ≤ 2': openCached.length + repeatCapture.length,
      'cadence of 3 for a new person (open + create)': cadence.length,
      'cadence: person searches': count(cadence, 'POST /v1/persons/search'),
      'cadence: task creates': count(cadence, 'POST /v1/tasks'),
      'copy + log on a matched person, target 1': copyAndLog.length,
      'open a people search of ten, target 0': openList.length,
      'requests, copy + log': copyAndLog,
      'requests, first capture': [...openUnknown, ...firstCapture],
      'requests, repeat capture': [...openCached, ...repeatCapture],
      'requests, cadence': cadence,
      meetsTargets:
        firstTotal <= 3 &&
        openCached.length <= 1 &&
        openCached.length + repeatCapture.length <= 2 &&
        copyAndLog.length <= 1 &&
        openList.length === 0,
    };
  } finally {
    await ext.close();
    await sandbox.close();
  }
}
