/**
 * Cadences in real Chromium against the sandbox: the built-in "Connect, then follow up" from the
 * popup and from the side panel lands three tasks with the right types, texts and due instants
 * (09:00 Los Angeles time on each step's day, business days skipping weekends); a step Stardex
 * refuses with 503 is retried and the run still lands once, in order.
 */
import type { Frame, Page } from '@playwright/test';
import { addBusinessDays, addDays } from 'date-fns';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { sidePanel } from './support/panel';
import type { SandboxAdmin } from './support/sandbox-admin';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const CADENCE = 'Connect, then follow up';

/** 09:00 in Los Angeles on the LA calendar day `days` (calendar) then `businessDays` after today. */
function nineInLosAngeles(days: number, businessDays: number, now = new Date()): string {
  const la = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', dateStyle: 'short' });
  const [y, m, d] = la.format(addDays(now, days)).split('-').map(Number) as [number, number, number];
  // Noon UTC of that calendar day has the same weekday in this process's zone for business days.
  const day = addBusinessDays(new Date(Date.UTC(y, m - 1, d, 12)), businessDays);
  const hour = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hour: 'numeric',
    hour12: false,
  });
  for (const utcHour of [16, 17]) {
    const candidate = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), utcHour));
    if (Number(hour.format(candidate)) === 9) return candidate.toISOString();
  }
  throw new Error('unreachable');
}

async function tasksOfTomas(sandbox: SandboxAdmin) {
  const { tasks, persons } = await sandbox.state();
  const person = persons.find((p) => p.name === 'Tomás Ferreira Quist');
  return tasks.filter((t) => t.person_id === person?.id);
}

/** Picks the built-in cadence, due tomorrow, and creates its three tasks in `form` (popup or panel). */
async function createCadence(form: Page | Frame) {
  await form.getByRole('combobox', { name: 'Cadence' }).selectOption({ label: `${CADENCE} (3 tasks)` });
  await form.getByRole('button', { name: 'Tomorrow', exact: true }).click();
  const steps = form.getByRole('list', { name: 'Tasks this cadence creates' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('LinkedIn connection');
  await expect(steps.nth(1)).toContainText('LinkedIn message');
  await expect(steps.nth(2)).toContainText('Call');
  await form
    .getByRole('textbox', { name: /^2\. LinkedIn message/ })
    .fill('Message Tomás about the platform role');
  await form.getByRole('button', { name: 'Create 3 tasks' }).click();
}

const expected = () => [
  { task_type: 'linkedin_connection', due_date: nineInLosAngeles(1, 0) },
  {
    task_type: 'linkedin_message',
    due_date: nineInLosAngeles(1, 3),
    content_text: 'Message Tomás about the platform role',
  },
  {
    task_type: 'call',
    due_date: nineInLosAngeles(1, 7),
    content_text: expect.stringContaining('Tomás Ferreira Quist'),
  },
];

test('the built-in cadence from the popup lands three tasks, in order, person looked up once', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await createCadence(popup.page);
  await expect(popup.page.getByRole('status')).toContainText(`${CADENCE} — 3 of 3 in Stardex`);

  const created = await tasksOfTomas(sandbox);
  expect(created.map((t) => t.task_type)).toEqual(['linkedin_connection', 'linkedin_message', 'call']);
  expect(created).toMatchObject(expected());
  expect(created[0]?.content_text).toContain('Tomás');
  const searches = (await sandbox.requests()).filter(
    (r) => r.method === 'POST' && r.path === '/v1/persons/search',
  );
  expect(searches.length).toBeLessThanOrEqual(1);
});

test('the built-in cadence from the side panel; a step refused with 503 is retried and lands once', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, status: 503 });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await page.locator('stardex-page-button').click();
  const panel = await sidePanel(ext);
  await expect(panel.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();
  await createCadence(panel);
  // Saved whatever Stardex says; how many are in by then depends on the retry's timing.
  await expect(panel.getByRole('status')).toContainText(new RegExp(`${CADENCE} — [0-3] of 3 in Stardex`));

  await expect.poll(async () => (await tasksOfTomas(sandbox)).length, { timeout: 60_000 }).toBe(3);
  const created = await tasksOfTomas(sandbox);
  expect(created).toMatchObject(expected());
  const creates = await sandbox.taskCreates();
  expect(creates.map((r) => r.status)).toEqual([503, 200, 200, 200]);
});
