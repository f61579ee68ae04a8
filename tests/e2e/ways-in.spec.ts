/**
 * Ways in, end to end in Chromium against the sandbox.
 *
 * Native context menus and keyboard shortcuts cannot be clicked from Playwright, and their events
 * cannot be dispatched from outside. So the tests run, in the service worker, the very functions
 * the listeners call (`self.stardexWaysIn`, lib/background/commands-and-menus/register.ts):
 * `openFormForMenuClick` for a menu click, `runQuickTask` for the shortcut. The link's text
 * reaches the background exactly as in real use: the page is right-clicked, the content script
 * remembers the link, the background asks it. What the listeners add on top (menu ids and URL patterns) is unit-tested
 * (lib/background/commands-and-menus/context-menu-target.test.ts, lib/platform/manifest.test.ts).
 */
import type { Page, Worker } from '@playwright/test';
import { tabIdOf } from './pages/popup-page';
import { waitForContentScript } from './support/content-script';
import { expect, test } from './support/fixtures';
import type { LaunchedExtension } from './support/launch-extension';

const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=avery';
const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

/** An invented search-results page: two people cards linking to their profiles. */
const SEARCH_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Search | LinkedIn</title></head><body>
<ul>
  <li><a id="avery" href="https://www.linkedin.com/in/avery-quinn/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A1">
    <span aria-hidden="true">Avery Quinn</span><br><span>• 2nd</span></a></li>
  <li><a id="noor" href="/in/noor-haddad-sbx/" aria-label="View Noor Haddad’s profile"
    style="display:inline-block;width:48px;height:48px;background:#ccc"></a></li>
</ul></body></html>`;

type Hooks = {
  openFormForMenuClick(
    click: { menuItemId: string; linkUrl?: string },
    tab: { id?: number; url?: string; windowId?: number },
  ): Promise<{ url: string; openedAs: 'popup' | 'window' } | null>;
  runQuickTask(tabId: number): Promise<{ title: string; message: string; problem: boolean }>;
};

async function menuClick(worker: Worker, tabId: number, click: { menuItemId: string; linkUrl?: string }) {
  return worker.evaluate(
    async ({ tabId, click }) => {
      const tab = await chrome.tabs.get(tabId);
      const hooks = (globalThis as unknown as { stardexWaysIn: Hooks }).stardexWaysIn;
      return hooks.openFormForMenuClick(click, { id: tab.id, url: tab.url, windowId: tab.windowId });
    },
    { tabId, click },
  );
}

/**
 * The form came up: as the toolbar popup (Chromium's new headless mode has one; Playwright cannot
 * attach to it, so the same URL is loaded in a tab to check what it shows, and the tab's popup
 * must be back to the plain one) or, where the browser refuses, as its own window.
 */
async function expectFormFor(
  ext: LaunchedExtension,
  result: { url: string; openedAs: 'popup' | 'window' } | null,
  tabId: number,
  heading: string,
) {
  expect(result).not.toBeNull();
  if (result?.openedAs === 'popup') {
    const popup = await ext.worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
    expect(popup).toBe(`chrome-extension://${ext.extensionId}/popup.html`);
  }
  const form = await ext.context.newPage();
  await form.goto(`chrome-extension://${ext.extensionId}${result?.url}`);
  await expect(form.getByRole('heading', { name: heading })).toBeVisible();
}

async function openSearchPage(ext: LaunchedExtension, page: Page) {
  await page.route(SEARCH_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: SEARCH_PAGE }),
  );
  await page.goto(SEARCH_URL);
  await waitForContentScript(ext.context, page, ext.extensionId);
}

test('context menu on a profile link opens the form for that person, named from the link', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await openSearchPage(ext, page);
  const tabId = await tabIdOf(ext, page);
  await page.locator('#avery').click({ button: 'right' });
  await page.keyboard.press('Escape');

  const result = await menuClick(ext.worker, tabId, {
    menuItemId: 'stardex-task-for-link',
    linkUrl: 'https://www.linkedin.com/in/avery-quinn/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A1',
  });
  expect(result).not.toBeNull();
  const params = new URL(result?.url ?? '', 'chrome-extension://x').searchParams;
  expect(params.get('tab')).toBe(String(tabId));
  expect(params.get('profileUrl')).toBe('https://www.linkedin.com/in/avery-quinn/');
  expect(params.get('name')).toBe('Avery Quinn');

  await expectFormFor(ext, result, tabId, 'Avery Quinn');
});

test('an image-only link is named from its accessible label', async ({ ext }) => {
  const page = await ext.context.newPage();
  await openSearchPage(ext, page);
  const tabId = await tabIdOf(ext, page);
  await page.locator('#noor').click({ button: 'right' });
  await page.keyboard.press('Escape');
  const result = await menuClick(ext.worker, tabId, {
    menuItemId: 'stardex-task-for-link',
    linkUrl: 'https://www.linkedin.com/in/noor-haddad-sbx/',
  });
  const params = new URL(result?.url ?? '', 'chrome-extension://x').searchParams;
  expect(params.get('profileUrl')).toBe('https://www.linkedin.com/in/noor-haddad-sbx/');
  expect(params.get('name')).toBe('Noor Haddad');
});

test('context menu on a profile page opens the form for the page', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const tabId = await tabIdOf(ext, page);
  const result = await menuClick(ext.worker, tabId, { menuItemId: 'stardex-task-for-page' });
  expect(result?.url).toBe(`/popup.html?tab=${tabId}`);
  await expectFormFor(ext, result, tabId, 'Tomás Ferreira Quist');
});

test('quick task creates the default task with no form; a failure shows first on the badge', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await expect(page.locator('h1')).toHaveText(/Tomás Ferreira Quist/);
  const tabId = await tabIdOf(ext, page);
  const run = () =>
    ext.worker.evaluate(
      (id) => (globalThis as unknown as { stardexWaysIn: Hooks }).stardexWaysIn.runQuickTask(id),
      tabId,
    );

  const notice = await run();
  expect(notice).toStrictEqual({
    title: 'Stardex task added',
    message: 'LinkedIn message for Tomás Ferreira Quist',
    problem: false,
  });
  const created = (await sandbox.state()).tasks.filter((t) => t.content_text.startsWith('Message Tomás'));
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ task_type: 'linkedin_message' });

  // Stardex refuses the next one: it fails, and the badge shows it in the warning colour.
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 5, status: 400 });
  const failed = await run();
  expect(failed.title).toBe('Stardex task failed');
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  const color = await ext.worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
  expect(color.slice(0, 3)).toStrictEqual([0xd9, 0x30, 0x25]);
});
