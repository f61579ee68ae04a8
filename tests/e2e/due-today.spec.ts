/**
 * "Due today" against the sandbox: my open LinkedIn message/connection tasks due today or overdue,
 * with names and LinkedIn links, in the popup; and the toolbar badge's count. A task opens the
 * person's profile with that task first on the form; a worked one shows as done. The background's
 * refresh is run through the worker hook `self.stardexWaysIn`
 * (lib/background/commands-and-menus/register.ts), the same function the 5-minute alarm runs, so
 * the test does not wait for the alarm.
 */
import type { Worker } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { SEED_IDS } from '../../sandbox/seed-ids';
import { tabIdOf } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import type { LinkedInRoutes } from './support/linkedin-routes';
import { sidePanel } from './support/panel';

const { dana, marco } = SEED_IDS.team;
const { avery, noor, felix } = SEED_IDS.persons;
const AVERY_URL = 'https://www.linkedin.com/in/avery-quinn/';
const NOOR_URL = 'https://www.linkedin.com/in/noor-haddad-sbx/';
const FEED_URL = 'https://www.linkedin.com/feed/';
const PANEL_PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

/** Creates a task in the sandbox as the demo key would. */
async function addTask(baseUrl: string, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/tasks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ is_completed: false, ...body }),
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

/** Chooses "this is me" as the options page would (settings at their current version). */
async function chooseMe(worker: Worker, meId: string) {
  await worker.evaluate(async (id) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({
      settings: { ...(settings ?? {}), meTeamMemberId: id },
      settings$: { v: 2 },
    });
  }, meId);
}

type Hooks = {
  refreshDueToday(force?: boolean): Promise<{
    tasks: { id: string; personName: string | null; profileUrl: string | null }[];
    error: string | null;
  }>;
};

function refresh(worker: Worker) {
  return worker.evaluate(() =>
    (globalThis as unknown as { stardexWaysIn: Hooks }).stardexWaysIn.refreshDueToday(true),
  );
}

/**
 * A moment earlier today in the browser's zone (the fixtures run it in Los Angeles): an hour ago,
 * unless that was yesterday (the first hour after midnight), then a minute after midnight, or
 * now in the very first minute. The test then reads the same whatever the wall clock says.
 */
function earlierToday(zone = 'America/Los_Angeles', now = Date.now()): string {
  const day = (t: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(t);
  if (day(now - 60 * 60_000) === day(now)) return new Date(now - 60 * 60_000).toISOString();
  let midnight = now;
  while (day(midnight - 60_000) === day(now)) midnight -= 60_000;
  return new Date(Math.min(midnight + 60_000, now)).toISOString();
}

test('lists my LinkedIn tasks due today or overdue with names and profile links; the badge counts them', async ({
  ext,
  sandbox,
}) => {
  const hourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
  const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60_000).toISOString();
  const dueNow = await addTask(sandbox.url, {
    task_type: 'linkedin_connection',
    content_text: 'Connect with Noor',
    person_id: noor,
    owner_ids: [dana],
    due_date: earlierToday(),
  });
  await addTask(sandbox.url, {
    task_type: 'linkedin_message',
    content_text: 'Later',
    person_id: felix,
    owner_ids: [dana],
    due_date: inTwoDays,
  });
  await addTask(sandbox.url, {
    task_type: 'linkedin_message',
    content_text: 'Not mine',
    person_id: felix,
    owner_ids: [marco],
    due_date: hourAgo,
  });
  await addTask(sandbox.url, {
    task_type: 'call',
    content_text: 'A call',
    person_id: felix,
    owner_ids: [dana],
    due_date: hourAgo,
  });

  await chooseMe(ext.worker, dana);
  const list = await refresh(ext.worker);
  expect(list.error).toBeNull();
  // The seeded overdue follow-up with Avery (February) first, then today's connection with Noor.
  expect(list.tasks.map((t) => t.id)).toStrictEqual([SEED_IDS.tasks.followUpAvery, dueNow]);
  expect(list.tasks[0]).toMatchObject({
    personName: 'Avery Quinn',
    profileUrl: 'https://www.linkedin.com/in/avery-quinn/',
  });
  expect(list.tasks[1]).toMatchObject({ personName: 'Noor Haddad' });

  const searches = (await sandbox.requests()).filter((r) => r.path === '/v1/tasks/search');
  expect(searches.at(-1)?.body).toMatchObject({
    owner_ids: [dana],
    task_types: ['linkedin_message', 'linkedin_connection'],
    is_completed: false,
  });
  const personLookups = (await sandbox.requests()).filter(
    (r) => r.method === 'GET' && r.path.startsWith('/v1/persons/'),
  );
  expect(personLookups.map((r) => r.path).sort()).toStrictEqual(
    [`/v1/persons/${avery}`, `/v1/persons/${noor}`].sort(),
  );

  // Within the minute a second forced refresh sends nothing (rate limit kept).
  const before = (await sandbox.requests()).length;
  await refresh(ext.worker);
  expect((await sandbox.requests()).length).toBe(before);

  // Badge: no outbox work, so the due count.
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');

  // The popup's "Due today" view (any non-profile tab).
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const section = popup.getByTestId('due-today');
  await expect(section.getByRole('heading', { name: 'Due today (2)' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Avery Quinn' })).toHaveAttribute(
    'href',
    'https://www.linkedin.com/in/avery-quinn/',
  );
  await expect(section.getByText(/Overdue/)).toBeVisible();

  // A change made elsewhere (here: the background's next refresh finding Noor's task done) shows
  // in the open popup at once, without reopening it.
  await ext.worker.evaluate(async (doneId) => {
    const { dueToday } = await chrome.storage.local.get('dueToday');
    const tasks = (dueToday as { tasks: { id: string }[] }).tasks.filter((t) => t.id !== doneId);
    await chrome.storage.local.set({ dueToday: { ...(dueToday as object), tasks } });
  }, dueNow);
  await expect(section.getByRole('heading', { name: 'Due today (1)' })).toBeVisible();
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});

test('asks for "This is me" before listing anything', async ({ ext, sandbox }) => {
  const list = await refresh(ext.worker);
  expect(list.tasks).toStrictEqual([]);
  expect(list.error).toMatch(/This is me/);
  expect((await sandbox.requests()).filter((r) => r.path === '/v1/tasks/search')).toHaveLength(0);
});

/**
 * The tabs the browser has at `url` (loaded or loading), as the extension sees them: it may see
 * LinkedIn tabs' URLs. A tab the extension opened behind may load before the test's routing is
 * attached to it, so the page itself is not asked.
 */
function tabsOn(worker: Worker, url: string) {
  return worker.evaluate(
    async (wanted) =>
      (await chrome.tabs.query({}))
        .filter((tab) => (tab.pendingUrl ?? tab.url) === wanted)
        .map((tab) => ({ active: tab.active })),
    url,
  );
}

/** A tab on a LinkedIn page that is not a profile, and the popup opened for it (`?tab=`). */
async function popupBesideFeed(ext: Parameters<typeof tabIdOf>[0], linkedin: LinkedInRoutes) {
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serveHtml(FEED_URL, '<title>Feed | LinkedIn</title><h1>Feed</h1>'));
  const tabId = await tabIdOf(ext, tab);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return { tab, popup, section: popup.getByTestId('due-today') };
}

test('a due task opens the person’s profile in the tab with that task first; Ctrl or the middle button open a new tab; a worked task shows as done', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const noorTask = await addTask(sandbox.url, {
    task_type: 'linkedin_message',
    content_text: 'Ask Noor about the design lead role',
    person_id: noor,
    owner_ids: [dana],
    due_date: earlierToday(),
  });
  await chooseMe(ext.worker, dana);
  expect((await refresh(ext.worker)).tasks.map((t) => t.id)).toStrictEqual([
    SEED_IDS.tasks.followUpAvery,
    noorTask,
  ]);

  // A plain click: the popup's tab goes to Avery's profile, the focus item is written, and the
  // popup shows the task form for Avery at once.
  const first = await popupBesideFeed(ext, linkedin);
  await first.section.getByRole('link', { name: 'Avery Quinn' }).click();
  await first.tab.waitForURL(AVERY_URL);
  const focus = await first.popup.evaluate(
    async () => (await chrome.storage.local.get('focusTask')).focusTask,
  );
  expect(focus).toMatchObject({ taskId: SEED_IDS.tasks.followUpAvery, profileUrl: AVERY_URL });
  expect(Math.abs((focus as { at: number }).at - Date.now())).toBeLessThan(60_000);
  await expect(first.popup.getByRole('heading', { level: 1, name: 'Avery Quinn' })).toBeVisible();
  await expect(first.popup.getByRole('textbox', { name: 'Task text' })).toBeVisible();
  await expect(first.section).toHaveCount(0);

  // Ctrl: a new tab behind, the popup's tab stays where it was and the list stays open.
  const second = await popupBesideFeed(ext, linkedin);
  await second.section.getByRole('link', { name: 'Noor Haddad' }).click({ modifiers: ['Control'] });
  await expect.poll(() => tabsOn(ext.worker, NOOR_URL)).toStrictEqual([{ active: false }]);
  expect(second.tab.url()).toBe(FEED_URL);
  await expect(second.section.getByText('Opened Noor Haddad’s profile in a new tab.')).toBeVisible();
  expect(
    await second.popup.evaluate(async () => (await chrome.storage.local.get('focusTask')).focusTask),
  ).toMatchObject({ taskId: noorTask, profileUrl: NOOR_URL });
  await second.section.getByRole('link', { name: 'Noor Haddad' }).click({ button: 'middle' });
  await expect.poll(() => tabsOn(ext.worker, NOOR_URL)).toStrictEqual([{ active: false }, { active: false }]);
  expect(second.tab.url()).toBe(FEED_URL);

  // Noor's task is worked (its touch logged): done at the bottom, out of the count and the badge.
  await expect(second.section.getByRole('heading', { name: 'Due today (2)' })).toBeVisible();
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
  await ext.worker.evaluate(async (id) => {
    await chrome.storage.local.set({ workedTasks: { [id]: Date.now() } });
  }, noorTask);
  await expect(second.section.getByRole('heading', { name: 'Due today (1)' })).toBeVisible();
  const done = second.section.locator(`li[data-task-id="${noorTask}"]`);
  await expect(done).toContainText(/Done · logged \d{1,2}:\d\d( [AP]M)? — Stardex still lists it as open/);
  await expect(done.getByRole('link')).toHaveCount(0);
  await expect(second.section.locator('li').last()).toHaveAttribute('data-task-id', noorTask);
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});

test('in the side panel a due task moves the panel’s tab to the profile, and the panel follows it', async ({
  ext,
  linkedin,
}) => {
  await chooseMe(ext.worker, dana);
  await refresh(ext.worker);
  const tab = await ext.context.newPage();
  await tab.goto(linkedin.serve(PANEL_PROFILE_URL, 'in-profile-2025.html'));
  await tab.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await tab.goto(linkedin.serveHtml(FEED_URL, '<title>Feed | LinkedIn</title><h1>Feed</h1>'));
  const section = panel.getByTestId('due-today');
  await section.getByRole('link', { name: 'Avery Quinn' }).click();
  await tab.waitForURL(AVERY_URL);
  expect(
    await panel.evaluate(async () => (await chrome.storage.local.get('focusTask')).focusTask),
  ).toMatchObject({
    taskId: SEED_IDS.tasks.followUpAvery,
    profileUrl: AVERY_URL,
  });
  // The panel shows the tab's new page, not the list.
  await expect(section).toHaveCount(0);
});

test('the whole loop: Due today → the profile with that task first → copy → log once → done in Due today and the badge', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const text = 'Hi Noor, do you have ten minutes this week for the design lead role?';
  const noorTask = await addTask(sandbox.url, {
    task_type: 'linkedin_message',
    content_text: text,
    person_id: noor,
    owner_ids: [dana],
    due_date: earlierToday(),
  });
  // Noor's page as LinkedIn shows it (the popup shows Stardex's person; the page is where she is messaged).
  linkedin.serve(NOOR_URL, 'in-profile-2025.html');
  await chooseMe(ext.worker, dana);
  await refresh(ext.worker);
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');

  const { tab, popup, section } = await popupBesideFeed(ext, linkedin);
  await popup.setViewportSize({ width: 380, height: 600 });
  await section.getByRole('link', { name: 'Noor Haddad' }).click();
  await tab.waitForURL(NOOR_URL);

  // Her form lists that task first, open, ready to copy and log.
  const first = popup.locator('.sx-work-card').first();
  await expect(first.locator('summary')).toHaveText(/^LinkedIn message · overdue|^LinkedIn message · due/);
  const message = first.getByRole('textbox', { name: 'Message to send' });
  await expect(message).toHaveValue(text);
  await expect(message).toBeInViewport();
  await first.getByRole('button', { name: 'Copy', exact: true }).click();
  await tab.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.linkedin.com',
  });
  await tab.bringToFront();
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(text);

  await popup.bringToFront();
  await first.getByRole('button', { name: 'Log as sent' }).click();
  await expect(popup.getByText('Logged in Stardex.')).toBeInViewport();
  const { activities } = await sandbox.state();
  expect(activities).toEqual([
    expect.objectContaining({ person_id: noor, activity_type: 'linkedin_message', activity_content: text }),
  ]);
  expect(await sandbox.activityCreates()).toHaveLength(1);

  // Back on Due today: her task is done (Stardex still lists it) and leaves the count and the badge.
  const back = await popupBesideFeed(ext, linkedin);
  await expect(back.section.getByRole('heading', { name: 'Due today (1)' })).toBeVisible();
  await expect(back.section.locator(`li[data-task-id="${noorTask}"]`)).toContainText(
    'Stardex still lists it as open',
  );
  await expect.poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});
