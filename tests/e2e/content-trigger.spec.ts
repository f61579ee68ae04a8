/**
 * The page button and the in-page panel in real Chromium: one button per profile view (none on
 * other pages, none duplicated by SPA navigation), the panel injected on click (one per tab), the
 * setting honoured, and nothing of it reachable from page scripts. LinkedIn's SPA navigation is
 * reproduced in the page itself: history.pushState, then the new view's DOM a moment later.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { panelFrame } from './support/panel';
import { spaNavigate } from './support/spa';

const TOMAS = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const MARTA_PATH = '/in/marta-okonkwo-lindqvist/';
const BUTTON = 'stardex-page-button';
const PANEL = 'stardex-task-panel';

/** The `<body>` of a fixture page, to swap in as LinkedIn's router would. */
function fixtureBody(name: string): string {
  const html = readFileSync(`tests/fixtures/linkedin/${name}`, 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
}

test('one page button per profile view, none elsewhere, none duplicated by SPA navigation', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));
  await expect(page.locator(BUTTON)).toHaveCount(1);
  // Closed shadow root: page scripts get nothing to hold on to.
  expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, BUTTON)).toBeNull();

  await spaNavigate(page, MARTA_PATH, fixtureBody('in-profile-2024.html'));
  await expect(page.locator(BUTTON)).toHaveCount(0); // the old card is not Marta's
  await expect(page.locator(BUTTON)).toHaveCount(1);

  await spaNavigate(page, '/feed/', '<main><div class="feed">Posts</div></main>', 0);
  await expect(page.locator(BUTTON)).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(page.locator(BUTTON)).toHaveCount(0);

  await page.goBack(); // back to Marta: the router would render her card again
  await page.evaluate((body) => {
    document.body.innerHTML = body;
  }, fixtureBody('in-profile-2024.html'));
  await expect(page.locator(BUTTON)).toHaveCount(1);
});

test('the button opens the task panel for this profile, once per tab', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));

  await page.locator(BUTTON).click();
  await expect(page.locator(PANEL)).toHaveCount(1);
  const frame = await panelFrame(page);
  await expect(frame.getByRole('dialog', { name: 'Stardex task' })).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();

  await page.locator(BUTTON).click(); // focuses the open panel, no second one
  await page.waitForTimeout(300);
  await expect(page.locator(PANEL)).toHaveCount(1);

  await frame.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator(PANEL)).toHaveCount(0);
  await page.locator(BUTTON).click();
  await expect(page.locator(PANEL)).toHaveCount(1);
  // Escape closes it too. (Dispatched in the frame: Playwright's key input to an extension frame
  // inside a closed shadow root can stall on a loaded machine.)
  const reopened = await panelFrame(page);
  await expect(reopened.getByRole('textbox', { name: 'Task text' })).toBeVisible();
  await reopened.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
  await expect(page.locator(PANEL)).toHaveCount(0);
  await page.locator(BUTTON).click();
  await expect(page.locator(PANEL)).toHaveCount(1);

  await spaNavigate(page, MARTA_PATH, fixtureBody('in-profile-2024.html'));
  await expect(page.locator(PANEL)).toHaveCount(0); // it was about Tomás
});

test('the setting turns the button off and on without a reload', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));
  await expect(page.locator(BUTTON)).toHaveCount(1);
  const setButton = (show: boolean) =>
    ext.worker.evaluate(async (showPageButton) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), showPageButton } });
    }, show);
  await setButton(false);
  await expect(page.locator(BUTTON)).toHaveCount(0);
  await setButton(true);
  await expect(page.locator(BUTTON)).toHaveCount(1);
});

test('only the panel document is web-accessible, and only to LinkedIn pages', async ({ ext }) => {
  const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['task-panel.html'], matches: ['https://*.linkedin.com/*'] },
  ]);
});
