/**
 * Working a task on the person's profile, in real Chromium against the sandbox: the open task is
 * listed first, Copy puts its text (variables filled) on the clipboard, a connection note over
 * LinkedIn's 300 is refused before copying, and Log records exactly one person activity — after a
 * double click, a reopened popup, a 503 after commit, a lost reply or a refusal and Log again —
 * and the task shows as done; their reply is logged without a task.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SANDBOX_DEMO_KEY } from '../../lib/config';
import { PopupPage, submitTaskFromPopup } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { currentWorker, type LaunchedExtension } from './support/launch-extension';
import type { LinkedInRoutes } from './support/linkedin-routes';
import type { Fault, SandboxAdmin } from './support/sandbox-admin';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const NAME = 'Tomás Ferreira Quist';

async function profileTab(ext: LaunchedExtension, linkedin: LinkedInRoutes): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  return page;
}

/**
 * The clipboard as the LinkedIn tab reads it (the recruiter pastes there). Chromium grants no
 * clipboard permission to an extension's origin, so the test reads it from the page.
 */
async function clipboardIn(page: Page, write?: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.linkedin.com',
  });
  await page.bringToFront();
  if (write !== undefined) await page.evaluate((text) => navigator.clipboard.writeText(text), write);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openPopup(ext: LaunchedExtension, page: Page): Promise<Page> {
  const popup = (await PopupPage.openFor(ext, page)).page;
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.getByRole('heading', { name: NAME })).toBeVisible();
  return popup;
}

/** Stardex as another client would call it: Tomás as a person, and tasks on him. */
async function api<T>(sandbox: SandboxAdmin, path: string, body: object): Promise<T> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SANDBOX_DEMO_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  const json = (await response.json()) as { data?: T } & T;
  return json.data ?? json;
}

async function seedTasks(sandbox: SandboxAdmin, tasks: { type: string; text: string; dueInDays: number }[]) {
  const person = await api<{ id: string }>(sandbox, '/v1/persons', { name: NAME, linkedin_url: PROFILE_URL });
  for (const task of tasks) {
    await api(sandbox, '/v1/tasks', {
      person_id: person.id,
      task_type: task.type,
      content_text: task.text,
      due_date: new Date(Date.now() + task.dueInDays * 24 * 60 * 60_000).toISOString(),
    });
  }
  return person.id;
}

/** axe's serious and critical findings, light and dark. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations)
      if (v.impact === 'serious' || v.impact === 'critical') found.push(`${colorScheme} ${v.id}`);
  }
  return found;
}

const cards = (popup: Page) => popup.locator('.sx-work-card');
const activities = async (sandbox: SandboxAdmin) => (await sandbox.state()).activities;

async function outboxStates(ext: LaunchedExtension): Promise<string[]> {
  const worker = await currentWorker(ext.context);
  return worker.evaluate(async () =>
    ((await chrome.storage.local.get('outbox')).outbox ?? []).map((i: { state: string }) => i.state),
  );
}

test('a LinkedIn message task is listed first, copied, and logged once despite a double click and a reopen', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const page = await profileTab(ext, linkedin);
  const created = await submitTaskFromPopup(ext, page, { text: 'Quick question about the data team' });
  await expect(created.page.getByRole('status')).toContainText('Task created');
  await created.page.close();

  const popup = await openPopup(ext, page);
  await expect(popup.locator('.sx-open-tasks > summary')).toHaveText(/^1 open task · LinkedIn message, due /);
  await expect(cards(popup).locator('summary')).toHaveText([/^LinkedIn message · due /]);
  const message = popup.getByRole('textbox', { name: 'Message to send' });
  await expect(message).toHaveValue('Quick question about the data team');
  await expect(message).toBeInViewport();

  await popup.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(popup.getByText('Copied. Paste it in LinkedIn')).toBeVisible();
  expect(await clipboardIn(page)).toBe('Quick question about the data team');

  await popup.bringToFront();
  await message.fill('Quick question about the data team, Tomás');
  await popup.getByRole('button', { name: 'Log as sent' }).dblclick();
  const outcome = popup.getByText('Logged in Stardex.');
  await expect(outcome).toBeInViewport();
  await expect(popup.locator('.sx-open-tasks > summary')).toHaveText('No open tasks · 1 done');
  await expect(popup.getByRole('button', { name: 'Log as sent' })).toHaveCount(0);

  const state = await sandbox.state();
  const tomas = state.persons.find((p) => p.name === NAME);
  expect(state.activities).toEqual([
    expect.objectContaining({
      person_id: tomas?.id,
      activity_type: 'linkedin_message',
      activity_content: 'Quick question about the data team, Tomás',
    }),
  ]);

  // Reopened: shown as done, still listed by Stardex, and nothing is logged again.
  await popup.close();
  const again = await openPopup(ext, page);
  await expect(again.locator('.sx-work-card summary')).toHaveText([
    /^LinkedIn message · due .*Done · logged .* — Stardex still lists it as open$/,
  ]);
  await expect(again.getByText(/Done · logged .* — Stardex still lists it as open/)).toBeInViewport();
  expect(await activities(sandbox)).toHaveLength(1);
  expect(await sandbox.activityCreates()).toHaveLength(1);
  expect(await seriousViolations(again)).toEqual([]);
});

test('a connection note over 300 characters is flagged before copying; the filled, cut note copies', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const long = `Hi {first_name}, ${'I would like to connect about a data role. '.repeat(7)}`;
  await seedTasks(sandbox, [
    { type: 'linkedin_message', text: 'Follow up on the call', dueInDays: 3 },
    { type: 'linkedin_connection', text: long, dueInDays: -2 },
  ]);
  const page = await profileTab(ext, linkedin);
  await clipboardIn(page, 'untouched');
  const popup = await openPopup(ext, page);
  // Overdue first, then later.
  await expect(cards(popup).locator('summary')).toHaveText([
    /^LinkedIn connection.* · overdue, /,
    /^LinkedIn message · due /,
  ]);
  const note = popup.getByRole('textbox', { name: 'Connection note' });
  await expect(note).toHaveValue(/^Hi Tomás, I would like/);
  await expect(
    popup.getByText(/\/ 300 · \d+ characters: LinkedIn takes 300 in a connection note/),
  ).toBeVisible();
  const refused = popup.getByRole('button', { name: 'Too long to copy' });
  await expect(refused).toBeDisabled();
  // Pressed anyway (aria-disabled keeps it focusable): the text stays off the clipboard.
  await refused.dispatchEvent('click');
  await expect(popup.getByText(/Cut \d+ before you copy\./).last()).toBeInViewport();
  expect(await clipboardIn(page)).toBe('untouched');

  await note.fill('Hi Tomás, I would like to connect about a data role.');
  await popup.getByRole('button', { name: 'Copy', exact: true }).first().click();
  await expect(popup.getByText('Copied. Paste it in LinkedIn')).toBeVisible();
  expect(await clipboardIn(page)).toBe('Hi Tomás, I would like to connect about a data role.');
});

const troubles: { name: string; fault: Omit<Fault, 'route' | 'count'> }[] = [
  { name: 'a 503 after Stardex committed it', fault: { commit: true, status: 503 } },
  { name: 'a reply lost after Stardex committed it', fault: { closeConnection: 'after-commit' } },
];

for (const trouble of troubles) {
  test(`${trouble.name} still makes one activity`, async ({ ext, sandbox, linkedin }) => {
    test.setTimeout(90_000);
    await seedTasks(sandbox, [{ type: 'linkedin_message', text: 'Checking in about Friday', dueInDays: 0 }]);
    await sandbox.addFault({ route: 'POST /v1/person-activities', count: 1, ...trouble.fault });
    const popup = await openPopup(ext, await profileTab(ext, linkedin));
    await popup.getByRole('button', { name: 'Log as sent' }).click();
    await expect(
      popup.getByText(/^(Saved — will be logged when Stardex answers\.|Logged in Stardex\.)/),
    ).toBeInViewport({
      timeout: 20_000,
    });
    await expect(popup.locator('.sx-open-tasks > summary')).toHaveText('No open tasks · 1 done');
    await expect.poll(() => outboxStates(ext), { timeout: 60_000 }).toEqual(['done']);
    const logged = await activities(sandbox);
    expect(logged.map((a) => [a.activity_type, a.activity_content])).toEqual([
      ['linkedin_message', 'Checking in about Friday'],
    ]);
  });
}

test('a log Stardex refused is logged by Log again once the cause is gone, once, as edited', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await seedTasks(sandbox, [{ type: 'linkedin_message', text: 'Any news from the panel?', dueInDays: 1 }]);
  await sandbox.addFault({ route: 'POST /v1/person-activities', count: 1, status: 403 });
  const popup = await openPopup(ext, await profileTab(ext, linkedin));
  await popup.getByRole('button', { name: 'Log as sent' }).click();
  await expect(popup.getByText(/^Not logged: /)).toBeInViewport({ timeout: 20_000 });
  await expect(popup.locator('.sx-open-tasks > summary')).toHaveText(/^1 open task · /);
  expect(await activities(sandbox)).toHaveLength(0);

  await popup.getByRole('textbox', { name: 'Message to send' }).fill('Any news from the panel, Tomás?');
  await popup.getByRole('button', { name: 'Log again' }).click();
  await expect(popup.getByText('Logged in Stardex.')).toBeInViewport({ timeout: 20_000 });
  expect((await activities(sandbox)).map((a) => a.activity_content)).toEqual([
    'Any news from the panel, Tomás?',
  ]);
});

test('their reply is logged without a task, once', async ({ ext, sandbox, linkedin }) => {
  const popup = await openPopup(ext, await profileTab(ext, linkedin));
  await expect(popup.locator('.sx-open-tasks > summary')).toHaveText('No open tasks for this person');
  await popup.getByRole('button', { name: 'Log a touch' }).click();
  await popup.getByRole('button', { name: 'Log their reply' }).click();
  const reply = popup.getByRole('textbox', { name: 'Their reply' });
  await expect(reply).toBeFocused();
  await reply.fill('Thanks — Friday at 10 works for me.');
  // Ctrl+Enter in the box is not the form's Create.
  await reply.press('Control+Enter');
  await popup.getByRole('button', { name: 'Log reply' }).dblclick();
  await expect(popup.getByText('Logged in Stardex.')).toBeInViewport();
  expect(await sandbox.taskCreates()).toHaveLength(0);
  // Escape closes the box and gives focus back to what opened it.
  await popup.getByRole('button', { name: 'Close' }).focus();
  await popup.keyboard.press('Escape');
  await expect(reply).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Log their reply' })).toBeFocused();
  expect((await activities(sandbox)).map((a) => [a.activity_type, a.activity_content])).toEqual([
    ['linkedin_message_response', 'Thanks — Friday at 10 works for me.'],
  ]);
});
