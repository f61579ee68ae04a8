/**
 * The page button and the task panel in real Chromium: one button per profile view (none on
 * other pages, none duplicated by SPA navigation), the side panel opened on click and following
 * the tab from profile to profile, the setting honoured, and nothing of it reachable from page
 * scripts. LinkedIn's SPA navigation is reproduced in the page itself: history.pushState, then
 * the new view's DOM a moment later.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { EXTENSION_DIR } from './support/launch-extension';
import { openSidePanels, sidePanel } from './support/panel';
import { spaNavigate, viewRendered } from './support/spa';

const TOMAS = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const MARTA_PATH = '/in/marta-okonkwo-lindqvist/';
const BUTTON = 'stardex-page-button';

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
  // It waits on Tomás's card until Marta's shows: never two, and then in hers.
  await expect(page.locator(BUTTON)).toHaveCount(1);
  await viewRendered(page, MARTA_PATH);
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

test('the button opens the side panel for this profile; it follows the tab to the next profile', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));
  expect(await openSidePanels(ext)).toBe(0);

  await page.locator(BUTTON).click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Task text' })).toBeVisible();
  expect(await openSidePanels(ext)).toBe(1);
  // Nothing of the panel is in the page: no frame, no element but the button's host.
  expect(page.frames()).toHaveLength(1);
  expect(
    await page.evaluate(
      () => document.querySelectorAll('iframe, [id^="stardex"], stardex-task-panel').length,
    ),
  ).toBe(0);

  await page.locator(BUTTON).click(); // already open: still one
  await page.waitForTimeout(300);
  expect(await openSidePanels(ext)).toBe(1);

  await spaNavigate(page, MARTA_PATH, fixtureBody('in-profile-2024.html'));
  await expect(panel.getByRole('heading', { name: 'Marta Okonkwo-Lindqvist' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toHaveCount(0);
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

test('nothing is web-accessible: a LinkedIn page probing the extension’s files by its id gets nothing', async ({
  ext,
  linkedin,
}) => {
  const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.web_accessible_resources).toBeUndefined();
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));
  await expect(page.locator(BUTTON)).toHaveCount(1);
  const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(EXTENSION_DIR, f)).isFile(),
  );
  expect(files).toContain('sidepanel.html');
  const answered = await page.evaluate(
    async ({ id, files }) => {
      const hits: string[] = [];
      for (const file of files) {
        const url = `chrome-extension://${id}/${file}`;
        const ok = await fetch(url).then(
          () => true,
          () => false,
        );
        if (ok) hits.push(file);
      }
      return hits;
    },
    { id: ext.extensionId, files },
  );
  expect(answered).toEqual([]);
});

const LIST_PAGES = [
  ['https://www.linkedin.com/search/results/people/?keywords=data%20engineer', 'people-search-2024-en.html'],
  ['https://www.linkedin.com/search/results/people/?keywords=data%20engineer', 'people-search-2025-de.html'],
  [
    'https://www.linkedin.com/search/results/people/?keywords=ing%C3%A9nieur',
    'people-search-2026-sdui-fr.html',
  ],
  ['https://www.linkedin.com/sales/search/people?query=(keywords%3Adata)', 'sales-search-2026.html'],
  ['https://www.linkedin.com/sales/lists/people/7261873455102345216', 'sales-list-2025-es.html'],
] as const;

test('on every result list layout the button floats, and opens the side panel on the list’s people', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  for (const [url, fixture] of LIST_PAGES) {
    await page.goto(linkedin.serve(url, `lists/${fixture}`));
    await expect(page.locator(`${BUTTON}[data-float]`), fixture).toHaveCount(1);
  }
  await page.goto(linkedin.serve(LIST_PAGES[0][0], `lists/${LIST_PAGES[0][1]}`));
  await page.locator(BUTTON).click();
  const panel = await sidePanel(ext);
  await expect(panel.getByText('6 of 7 people picked')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Create 6 tasks' })).toBeVisible();

  // Into a profile from the list: the floating button goes, the profile's own shows in its card.
  await spaNavigate(page, '/in/tom%C3%A1s-ferreira-quist/', fixtureBody('in-profile-2025.html'));
  await expect(page.locator(`${BUTTON}:not([data-float])`)).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
});

test('the side panel follows in-app navigations between lists and from a profile: always the people shown now', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(TOMAS, 'in-profile-2025.html'));
  await page.locator(BUTTON).click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();

  // LinkedIn changes the URL first and renders the results 400 ms later.
  await spaNavigate(
    page,
    '/search/results/people/?keywords=data',
    fixtureBody('lists/people-search-2024-en.html'),
  );
  await expect(panel.getByText('6 of 7 people picked')).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /^Tomás Ferreira Quist/ })).toHaveCount(0);
  await expect(page.locator(`${BUTTON}[data-float]`)).toHaveCount(1);

  await spaNavigate(
    page,
    '/search/results/people/?keywords=data&page=2',
    fixtureBody('lists/people-search-2026-sdui-en.html'),
  );
  await expect(panel.getByText('9 of 10 people picked')).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /^Amara Okafor/ })).toHaveCount(0);
});
