/**
 * A batch survives the popup closing and the browser restarting: reopened on the same people
 * search, the popup shows the batch's progress until all of it is in Stardex (Options shows it
 * too), marks the people who already have a task and leaves them unpicked, so a second Create
 * cannot give them a second task.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { PopupPage } from './pages/popup-page';
import { configureApi } from './support/api-settings';
import { expect, test } from './support/fixtures';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import type { LinkedInRoutes } from './support/linkedin-routes';

const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=%22data%20engineer%22';
const PICKED = ['Amara Okafor', 'Sven Lindqvist', 'Hannah Whitcombe'];
const shots = process.env.SHOTS_DIR;

async function openListPopup(ext: LaunchedExtension, linkedin: LinkedInRoutes): Promise<Page> {
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serve(SEARCH_URL, 'lists/people-search-2024-en.html'));
  const popup = await PopupPage.openFor(ext, tab);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  return popup.page;
}

const row = (page: Page, name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name}`) });

test('reopened after a browser restart, the popup follows the batch and does not pick its people again', async ({
  sandbox,
  linkedin,
}) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'stardex-e2e-restart-'));
  let ext: LaunchedExtension | null = null;
  try {
    ext = await launchExtension({ userDataDir: profile });
    await linkedin.install(ext.context);
    await configureApi(ext.worker, { apiKey: SANDBOX_DEMO_KEY, baseUrl: sandbox.url });
    // Stardex is down for tasks until the test says so: the batch waits across the restart.
    await sandbox.addFault({ route: 'POST /v1/tasks', count: 1000, status: 503 });
    let page = await openListPopup(ext, linkedin);
    await page.getByRole('button', { name: 'None', exact: true }).click();
    for (const name of PICKED) await row(page, name).check();
    await page.getByRole('textbox', { name: 'Task text' }).fill('Ask {first_name} about the platform role');
    await page.getByRole('button', { name: 'Create 3 tasks' }).click();
    await expect(page.getByRole('status')).toContainText(/3 people queued/, { timeout: 20_000 });
    await page.close(); // the popup closes
    await ext.close();

    ext = await launchExtension({ userDataDir: profile });
    await linkedin.install(ext.context);
    page = await openListPopup(ext, linkedin);
    const history = page.locator('.sx-batch-history');
    await expect(history).toContainText('Last batch with people on this page · Delivering: 0 of 3 people');
    await expect(history).toContainText('3 people who already have a task from this browser start unpicked');
    for (const name of PICKED) {
      await expect(row(page, name)).not.toBeChecked();
      await expect(row(page, name)).toHaveAccessibleName(/Task on its way/);
    }
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Create 3 tasks' })).toBeVisible(); // the other three
    if (shots) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${shots}/list-reopened-${scheme}.png` });
      }
    }
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByText('0 of 3 people, 0 of 3 tasks in Stardex')).toBeVisible();
    await options.close();

    await sandbox.clearFaults(); // Stardex is back: the open popup follows the batch in
    await expect(history).toContainText('Delivered: 3 of 3 people, 3 of 3 tasks in Stardex', {
      timeout: 90_000,
    });
    for (const name of PICKED) await expect(row(page, name)).toHaveAccessibleName(/Task added/);
    const tasks = (await sandbox.state()).tasks.filter((t) => t.content_text.startsWith('Ask '));
    expect(tasks.map((t) => t.content_text).sort()).toEqual([
      'Ask Amara about the platform role',
      'Ask Hannah about the platform role',
      'Ask Sven about the platform role',
    ]);
  } finally {
    await ext?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
