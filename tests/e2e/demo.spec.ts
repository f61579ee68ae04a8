/**
 * The demo (`npm run demo`), served the way scripts/start.ts serves it: the invented 2026 profile
 * shows the page button in a 1280 × 800 window without scrolling, the Sales Navigator lead is found
 * in the sandbox by name and a task lands on them, Due today on the demo's feed page leads to the
 * profile's person, the profile `npm start` prepares has the toolbar icon pinned, the people search
 * tab lists its ten people to pick, and another list layout opens by its address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  addDemoDueTask,
  addDemoLead,
  chooseDemoMe,
  DEMO_DUE_MESSAGE,
  DEMO_LEAD_PERSON,
  DEMO_PAGES,
  DEMO_PROFILE_PERSON,
  DEMO_SEEDED_PEOPLE,
  demoListPages,
  serveDemoPages,
} from '../../scripts/start/demo-pages';
import { pinUnpackedExtension } from '../../scripts/start/pinned-extension';
import { PopupPage, tabIdOf } from './pages/popup-page';
import { CHROMIUM_ARGS, findChromium } from './support/chromium-path';
import { expect, test } from './support/fixtures';
import { EXTENSION_DIR } from './support/launch-extension';

const [[PROFILE_URL, PROFILE_FIXTURE], [LEAD_URL, LEAD_FIXTURE], [FEED_URL]] = DEMO_PAGES;

test('the demo profile shows the page button in a 1280 × 800 window at load', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(linkedin.serve(PROFILE_URL, PROFILE_FIXTURE));
  const button = page.locator('stardex-page-button');
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
});

test('the demo’s Sales Navigator lead is found in the sandbox by name, and the task lands on them', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  await addDemoLead(sandbox.url);
  const lead = (await sandbox.state()).persons.find((p) => p.name === DEMO_LEAD_PERSON.name);
  expect(lead).toBeDefined();
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(LEAD_URL, LEAD_FIXTURE));
  const popup = await PopupPage.openFor(ext, page);
  await popup.page.getByRole('button', { name: 'Find in Stardex by name' }).click();
  await popup.page.getByRole('button', { name: `Choose ${DEMO_LEAD_PERSON.name}` }).click();
  await popup.taskText.fill('Ask about the RevOps team.');
  await popup.createButton.click();
  await expect(popup.page.getByRole('status').filter({ hasText: 'Task created' })).toBeVisible();
  const { tasks } = await sandbox.state();
  expect(tasks.filter((task) => task.person_id === lead?.id)).toHaveLength(1);
});

test('the demo’s Due today lists a message to the profile’s person, and her name opens her profile with her form', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  const taskId = await addDemoDueTask(sandbox.url);
  await chooseDemoMe(ext.worker);
  serveDemoPages(linkedin);
  const feed = await ext.context.newPage();
  await feed.goto(FEED_URL);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext, feed)}`);
  const dueToday = popup.getByTestId('due-today');
  // Beside the sandbox's own overdue follow-up with Avery.
  await expect(dueToday.getByRole('heading', { name: 'Due today (2)' })).toBeVisible();
  await expect(dueToday.getByText(DEMO_DUE_MESSAGE)).toBeVisible();
  await dueToday.getByRole('link', { name: DEMO_PROFILE_PERSON.name }).click();
  await feed.waitForURL(PROFILE_URL);
  await expect(feed.locator('stardex-page-button')).toBeVisible();
  expect(
    await popup.evaluate(async () => (await chrome.storage.local.get('focusTask')).focusTask),
  ).toMatchObject({ taskId, profileUrl: PROFILE_URL });
  await expect(popup.getByRole('heading', { level: 1, name: DEMO_PROFILE_PERSON.name })).toBeVisible();

  // The sandbox's own task (Avery) leads somewhere too: a profile page of hers, not a missing page.
  const [avery] = DEMO_SEEDED_PEOPLE;
  const secondFeed = await ext.context.newPage();
  await secondFeed.goto(FEED_URL);
  const again = await ext.context.newPage();
  await again.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext, secondFeed)}`);
  await again.getByTestId('due-today').getByRole('link', { name: avery.name }).click();
  await secondFeed.waitForURL(avery.url);
  await expect(secondFeed).toHaveTitle(`${avery.name} | LinkedIn`);
  await expect(secondFeed.locator('stardex-page-button')).toBeVisible();
  await expect(again.getByRole('heading', { level: 1, name: avery.name })).toBeVisible();
});

test('the Chromium profile npm start prepares has the toolbar icon pinned', async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'stardex-pinned-'));
  pinUnpackedExtension(userDataDir, EXTENSION_DIR);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const settings = await worker.evaluate(() => chrome.action.getUserSettings());
    expect(settings.isOnToolbar).toBe(true);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('the demo’s people search lists its people to pick, and Create makes a task for each picked', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  serveDemoPages(linkedin);
  const [, , , [searchUrl]] = DEMO_PAGES;
  const tab = await ext.context.newPage();
  await tab.goto(searchUrl);
  const popup = (await PopupPage.openFor(ext, tab)).page;
  await expect(popup.getByText('9 of 10 people picked')).toBeVisible();
  const before = (await sandbox.state()).tasks.length;
  await popup.getByRole('button', { name: 'Tomorrow', exact: true }).click();
  await popup
    .getByRole('textbox', { name: 'Task text' })
    .fill('Ask {first_name} about the data platform role');
  await popup.getByRole('button', { name: 'Create 9 tasks' }).click();
  await expect.poll(async () => (await sandbox.state()).tasks.length - before, { timeout: 60_000 }).toBe(9);
});

test('the demo serves the German people search at its address, and the popup lists its people', async ({
  ext,
  linkedin,
}) => {
  serveDemoPages(linkedin);
  const german = demoListPages().find(([, fixture]) => fixture === 'lists/people-search-2025-de.html');
  if (!german) throw new Error('the demo serves no German people search');
  const tab = await ext.context.newPage();
  await tab.goto(german[0]);
  const popup = (await PopupPage.openFor(ext, tab)).page;
  await expect(popup.getByText('6 of 7 people picked')).toBeVisible();
  await expect(popup.getByRole('checkbox', { name: /^Jürgen Weiß/ })).toBeChecked();
  await expect(popup.getByRole('checkbox', { name: /^LinkedIn Mitglied/ })).toBeDisabled();
  await expect(popup.getByRole('checkbox', { name: /^Zoë Van den Berg/ })).toHaveCount(0);
});
