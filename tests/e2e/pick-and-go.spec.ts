/**
 * Pick and go, in real Chromium against the sandbox: the popup on a whole page of a 2026 people
 * search lists its ten people, three are picked (one with a non-ASCII profile address), "Create 3
 * tasks" makes exactly one task on each of those three (each person matched or created by their
 * LinkedIn URL) and nobody else, no mutual connection nor suggestion; on a Sales Navigator list the
 * rows without a public profile link show why and cannot be picked. Screenshots at 380 × 600
 * (the popup as it opens, before and after Create, light and dark; the side panel) go to
 * SHOTS_DIR when set.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import type { LaunchedExtension } from './support/launch-extension';
import type { LinkedInRoutes } from './support/linkedin-routes';
import { sidePanel } from './support/panel';
import { bodyOf } from './support/spa';

const SEARCH_URL =
  'https://www.linkedin.com/search/results/people/?keywords=data%20engineer&origin=SWITCH_SEARCH_VERTICAL';
const SEARCH_2024_URL = 'https://www.linkedin.com/search/results/people/?keywords=%22data%20engineer%22';
const SALES_LIST_URL = 'https://www.linkedin.com/sales/lists/people/7261873455102345216';
const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const PICKED = ['Zoë Van den Berg', 'Rafael Quintero', 'Ingrid Solberg'];
const PICKED_IDS = ['zoë-vandenberg', 'rafael-quintero-mx', 'ingrid-solberg'];
const shots = process.env.SHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (!shots) return;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${shots}/${name}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openListPopup(ext: LaunchedExtension, linkedin: LinkedInRoutes, url: string, fixture: string) {
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serve(url, `lists/${fixture}`));
  const popup = await PopupPage.openFor(ext, tab);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  return popup.page;
}

const row = (page: Page, name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name}`) });

test('three of ten people picked on a people search get a task each, and nobody else', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const before = await sandbox.state();
  const page = await openListPopup(ext, linkedin, SEARCH_URL, 'people-search-2026-sdui-en.html');
  await expect(page.getByText('9 of 10 people picked')).toBeVisible();
  await expect(page.getByText('LinkedIn hides this member’s name and profile link from you')).toBeVisible();
  await expect(row(page, 'LinkedIn Member')).toBeDisabled();
  // A mutual connection, a suggestion beside the results and the viewer are nobody to pick.
  for (const name of ['Karin Holm', 'Beatrix Okonkwo', 'Rosalind Achebe-Hart'])
    await expect(row(page, name)).toHaveCount(0);
  await shoot(page, 'people-search-opened');

  await page.getByRole('button', { name: 'None', exact: true }).click();
  for (const name of PICKED) await row(page, name).check();
  await expect(page.getByText('3 of 10 people picked')).toBeVisible();
  await page.getByRole('radio', { name: 'LinkedIn message' }).check();
  await page.getByRole('button', { name: 'Tomorrow', exact: true }).click();
  await page.getByRole('textbox', { name: 'Task text' }).fill('Ask {first_name} about the platform role');
  await page.getByText('3 of 10 people picked').scrollIntoViewIfNeeded();
  await shoot(page, 'people-search-picked');

  await page.getByRole('button', { name: 'Create 3 tasks' }).click();
  await expect(page.getByRole('status')).toContainText(/3 people queued: [0-3] in Stardex/, {
    timeout: 20_000,
  });
  await expect(page.getByRole('status')).toContainText('1 skipped: no public profile link');
  await expect(page.getByRole('status')).toBeInViewport();

  await expect
    .poll(async () => (await sandbox.state()).tasks.length - before.tasks.length, { timeout: 30_000 })
    .toBe(3);
  const after = await sandbox.state();
  const known = new Set(before.persons.map((p) => p.id));
  const added = after.persons.filter((p) => !known.has(p.id));
  expect(added.map((p) => p.linkedin_public_id).sort()).toEqual([...PICKED_IDS].sort());
  const oldTasks = new Set(before.tasks.map((t) => t.id));
  const tasks = after.tasks.filter((t) => !oldTasks.has(t.id));
  expect(new Set(tasks.map((t) => t.person_id))).toEqual(new Set(added.map((p) => p.id)));
  expect(tasks.map((t) => t.content_text).sort()).toEqual([
    'Ask Ingrid about the platform role',
    'Ask Rafael about the platform role',
    'Ask Zoë about the platform role',
  ]);
  expect((await sandbox.taskCreates()).filter((r) => r.status < 300)).toHaveLength(3);
  await expect(page.getByRole('status')).toContainText(/3 people queued/);
  await shoot(page, 'people-search-created');
});

test('a batch Stardex is slow with shows as queued, then its progress until all are in', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 2, status: 503 });
  const page = await openListPopup(ext, linkedin, SEARCH_URL, 'people-search-2026-sdui-en.html');
  await page.getByRole('button', { name: 'None', exact: true }).click();
  for (const name of PICKED) await row(page, name).check();
  await page.getByRole('textbox', { name: 'Task text' }).fill('Ask {first_name} about the platform role');
  await page.getByRole('button', { name: 'Create 3 tasks' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText(/3 people queued: [0-2] in Stardex, [1-3] on their way/, {
    timeout: 20_000,
  });
  await expect(status).toBeInViewport();
  await shoot(page, 'people-search-queued');
  await expect(status).toContainText('Delivered: 3 of 3 people, 3 of 3 tasks in Stardex', {
    timeout: 60_000,
  });
  expect((await sandbox.taskCreates()).filter((r) => r.status < 300)).toHaveLength(3);
});

test('a Sales Navigator list shows why its rows cannot be picked', async ({ ext, sandbox, linkedin }) => {
  const page = await openListPopup(ext, linkedin, SALES_LIST_URL, 'sales-list-2025-es.html');
  await expect(page.getByText('0 of 5 people picked')).toBeVisible();
  await expect(page.getByText('Sales Navigator shows no public profile link for this lead')).toHaveCount(5);
  for (const name of ['Beatriz Salgado Ruiz', 'Leilani Kahale']) await expect(row(page, name)).toBeDisabled();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(page.getByText('0 of 5 people picked')).toBeVisible();
  await expect(page.getByText(/^No row here shows a public profile link/)).toBeVisible();
  await page.getByRole('button', { name: 'Create tasks' }).click();
  await expect(page.getByRole('status')).toHaveText('Not created: Pick at least one person.');
  expect(await sandbox.taskCreates()).toHaveLength(0);
  await shoot(page, 'sales-list');
});

test('the side panel follows its tab from a profile to a people search and lists it', async ({
  ext,
  linkedin,
}) => {
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await tab.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await tab.goto(linkedin.serve(SEARCH_2024_URL, 'lists/people-search-2024-en.html'));
  await expect(panel.getByText('6 of 7 people picked')).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('button', { name: 'Create 6 tasks' })).toBeVisible();
  await panel.setViewportSize({ width: 380, height: 600 });
  await shoot(panel, 'side-panel');
});

test('a list LinkedIn has not rendered yet: Look again reads it once it shows', async ({ ext, linkedin }) => {
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serveHtml(SEARCH_URL, '<html><body><main><p>Loading…</p></main></body></html>'));
  const popup = await PopupPage.openFor(ext, tab);
  await popup.page.setViewportSize({ width: 380, height: 600 });
  await expect(popup.page.getByText('No people on this page yet')).toBeVisible();
  await shoot(popup.page, 'list-not-yet');
  const results = readFileSync('tests/fixtures/linkedin/lists/people-search-2026-sdui-en.html', 'utf8');
  await tab.evaluate((body) => {
    document.body.innerHTML = body;
  }, bodyOf(results));
  await popup.page.getByRole('button', { name: 'Look again' }).click();
  await expect(popup.page.getByText('9 of 10 people picked')).toBeVisible();
});
