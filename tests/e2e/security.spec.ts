/**
 * What a hostile LinkedIn page, or a bug in our content script, could get — written as the attacks:
 * code in the content script's world (reached over CDP) reading storage and sending forged or
 * inherited-name messages; a main-world spy listening in the capture phase while the recruiter
 * types in the panel; page-made frames of our pages (hidden, over a button, focus moved in); a
 * base URL pointing at a collector the browser never granted; a forged "newer content script
 * started" event.
 */
import type { Page } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { PopupPage, submitTaskFromPopup, tabIdOf } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { sidePanel } from './support/panel';

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
  // Names every object inherits are no message: nothing answers them, from any world.
  for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const answer = await inContentScriptWorld(
      page,
      ext.extensionId,
      `chrome.runtime.sendMessage(${JSON.stringify({ type, data: { profileUrl: PROFILE_URL } })}).then((r) => (r === undefined ? 'no answer' : JSON.stringify(r)), () => 'no answer')`,
    );
    expect(answer, type).toBe('no answer');
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
  const text = (await sidePanel(ext)).getByRole('textbox', { name: 'Task text' });
  await text.fill('');
  await text.pressSequentially('Offer 150k');
  await expect(text).toHaveValue('Offer 150k');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toStrictEqual([]);
  expect(await page.evaluate(() => document.body.textContent)).not.toContain('Offer 150k');
});

test('a page cannot frame the panel, move focus into it or trick a click into it: no task', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await expect(page.locator('stardex-page-button')).toHaveCount(1);
  const tabId = await tabIdOf(ext, page);
  // The attack: invisible frames of every extension page (with the parameters an old panel
  // believed), one laid exactly over the page's own button, focus moved in at the first key.
  await page.evaluate(
    ({ id, tabId }) => {
      const base = `chrome-extension://${id}`;
      const who = 'profileUrl=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fvictim%2F&name=Victim';
      document.body.insertAdjacentHTML(
        'beforeend',
        '<textarea id="li-message" aria-label="Write a message"></textarea><button id="li-continue" style="position:fixed;left:10px;top:10px;width:200px;height:60px">Continue</button>',
      );
      const pages = [
        `${base}/sidepanel.html`,
        `${base}/sidepanel.html?tab=${tabId}&${who}`,
        `${base}/task-panel.html?tab=${tabId}&${who}`, // where the in-page panel used to be
        `${base}/popup.html?tab=${tabId}&${who}`,
        `${base}/options.html`,
      ];
      for (const src of pages) {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'position:fixed;left:10px;top:10px;width:200px;height:60px;opacity:0;z-index:9';
        document.body.append(frame);
      }
      document.getElementById('li-message')?.addEventListener(
        'keydown',
        () => {
          for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.focus();
        },
        { once: true },
      );
    },
    { id: ext.extensionId, tabId },
  );
  await page.waitForTimeout(1000);
  for (const frame of page.frames().slice(1)) {
    const loaded = await frame
      .locator('#app, textarea, form')
      .count()
      .catch(() => 0);
    expect(loaded, frame.url()).toBe(0);
  }
  await page.locator('#li-message').click();
  await page.keyboard.type('Hi Ada, thanks for');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.mouse.click(110, 40); // on "Continue", under the invisible frames
  await page.waitForTimeout(1500);
  expect((await sandbox.state()).tasks.filter((t) => /victim|Tomás/i.test(JSON.stringify(t)))).toEqual([]);
  expect((await sandbox.requests()).filter((r) => r.method === 'POST')).toEqual([]);
});

test('a server error that echoes the request headers never shows, stores or lists the key', async ({
  ext,
  linkedin,
  sandbox,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, status: 400, echoHeaders: true });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await submitTaskFromPopup(ext, page, { text: 'Echo test' });
  // The refusal is shown in words, with what the server said, but never the key.
  await expect(popup.page.getByText(/Not created|rejected/i).first()).toBeVisible({ timeout: 15_000 });
  expect(await popup.page.content()).not.toContain(SANDBOX_DEMO_KEY);
  const stored = await ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  expect(stored).toContain('Echo test'); // the failed item is kept, to fix and retry
  expect(stored.split(SANDBOX_DEMO_KEY)).toHaveLength(2); // the key itself, once, and nowhere else
  expect(stored).not.toMatch(/Bearer (?!\[redacted\])/);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByText('Echo test').first()).toBeVisible();
  expect(await options.content()).not.toContain(SANDBOX_DEMO_KEY);
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
