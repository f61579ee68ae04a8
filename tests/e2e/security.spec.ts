/**
 * What a hostile LinkedIn page, or a bug in our content script, could get — written as the attacks:
 * code in the content script's world (reached over CDP) reading storage and sending forged
 * messages; a main-world spy listening in the capture phase while the recruiter types in the
 * panel; a base URL pointing at a collector the browser never granted; a forged "newer content
 * script started" event.
 */
import type { Frame, Page } from '@playwright/test';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

/** Evaluates `expression` in the extension's isolated world of `page` (where content scripts run). */
async function inContentScriptWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  await cdp.send('Runtime.enable');
  await expect
    .poll(() =>
      contexts.some(
        (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated',
      ),
    )
    .toBe(true);
  const world = contexts.find(
    (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.type === 'isolated',
  );
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world?.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: unknown } };
  await cdp.detach();
  return result.value;
}

test('the content-script world can read no storage and gets nothing from the background', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await expect(page.locator('stardex-page-button')).toHaveCount(1);
  const read = (area: string) =>
    inContentScriptWorld(
      page,
      ext.extensionId,
      `chrome.storage.${area}.get(null).then((items) => JSON.stringify(items), (e) => 'refused: ' + e.message)`,
    );
  for (const area of ['local', 'sync', 'session']) {
    const value = String(await read(area));
    expect(value, area).toMatch(/^refused/);
    expect(value, area).not.toContain('sbx_demo_key');
  }
  const forged = (type: string, data: unknown) =>
    inContentScriptWorld(
      page,
      ext.extensionId,
      `chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 0 })}).then((r) => JSON.stringify(r))`,
    );
  for (const [type, data] of [
    ['listOpenTasks', { profileUrl: 'https://www.linkedin.com/in/someone-else/' }],
    ['listTeamMembers', undefined],
    ['searchRecords', { kind: 'client', query: '' }],
    ['listOutbox', undefined],
    ['getSetupState', undefined],
  ] as const) {
    const answer = String(await forged(type, data));
    expect(answer, type).toContain('not allowed');
  }
});

test('LinkedIn’s scripts see nothing of what is typed in the panel', async ({ ext, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  // A tracker in the page's own world, listening as early as events go.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionend']) {
      for (const target of [window, document]) {
        target.addEventListener(
          type,
          (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`),
          true,
        );
      }
    }
  });
  await page.locator('stardex-page-button').click();
  const panel = () => page.frames().find((f) => f.url().includes('/task-panel.html'));
  await expect.poll(() => panel() !== undefined).toBe(true);
  const text = (panel() as Frame).getByRole('textbox', { name: 'Task text' });
  await text.fill('');
  await text.pressSequentially('Offer 150k');
  await expect(text).toHaveValue('Offer 150k');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toStrictEqual([]);
  expect(await page.evaluate(() => document.body.textContent)).not.toContain('Offer 150k');
});

test('a base URL the browser never granted receives no key', async ({ ext, linkedin }) => {
  const received: string[] = [];
  await ext.context.route('https://collector.example/**', async (route) => {
    received.push(
      `${route.request().method()} ${route.request().url()} ${route.request().headers().authorization ?? ''}`,
    );
    await route.fulfill({ status: 200, contentType: 'application/json', body: '{"success":true,"data":[]}' });
  });
  // However it got there (an old bug, another extension's mistake), the URL is in storage.
  await ext.worker.evaluate(() => chrome.storage.local.set({ apiBaseUrl: 'https://collector.example' }));
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByText(/has not allowed collector\.example/).first()).toBeVisible();
  expect(received).toStrictEqual([]);
});

test('a forged "newer content script started" event does not switch the page button off', async ({
  ext,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await expect(page.locator('stardex-page-button')).toHaveCount(1);
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:linkedin:wxt:content-script-started`, {
        detail: { contentScriptName: 'linkedin', messageId: 'forged' },
      }),
    );
  }, ext.extensionId);
  await page.waitForTimeout(500);
  await expect(page.locator('stardex-page-button')).toHaveCount(1);
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
});
