/**
 * The walking skeleton: a LinkedIn profile → the popup shows the person → "LinkedIn message",
 * due tomorrow, text → "Create task" → Stardex (the sandbox) has exactly one valid task.
 * The browser runs in Los Angeles time (the fixture default) so a date bug shows as a wrong day or hour.
 */
import { addDays } from 'date-fns';
import { PopupPage } from './pages/popup-page';
import { expect, test } from './support/fixtures';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

/** Tomorrow 09:00 in Los Angeles as a UTC instant, computed without relying on this process's zone. */
function tomorrowNineInLosAngeles(now = new Date()): string {
  const la = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', dateStyle: 'short' });
  const [y, m, d] = la.format(addDays(now, 1)).split('-').map(Number) as [number, number, number];
  // 09:00 in LA is 16:00 or 17:00 UTC depending on DST; find the one that reads 09 in LA.
  for (const utcHour of [16, 17]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, utcHour));
    const hour = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      hour: 'numeric',
      hour12: false,
    });
    if (Number(hour.format(candidate)) === 9) return candidate.toISOString();
  }
  throw new Error('unreachable');
}

test('creates one LinkedIn-message task for the profile being viewed', async ({ ext, sandbox, linkedin }) => {
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  await expect(page.locator('h1')).toHaveText(/Tomás Ferreira Quist/);

  const popup = await PopupPage.openFor(ext, page);
  await expect(popup.page.getByRole('heading', { name: 'Tomás Ferreira Quist' })).toBeVisible();

  await popup.taskType('LinkedIn message').check();
  await popup.page.getByRole('button', { name: 'Tomorrow', exact: true }).click();
  await popup.taskText.fill('Follow up on the platform role');
  await popup.createButton.click();
  await expect(popup.page.getByRole('status')).toContainText('Task created');

  const taskRequests = await sandbox.taskCreates();
  expect(taskRequests).toHaveLength(1);
  expect(taskRequests[0]?.status).toBe(200);
  const { tasks, persons } = await sandbox.state();
  const person = persons.find(
    (p) => p.linkedin_public_id === 'tomás-ferreira-quist' || p.name === 'Tomás Ferreira Quist',
  );
  expect(person).toBeDefined();
  const created = tasks.filter((t) => t.person_id === person?.id);
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({
    task_type: 'linkedin_message',
    content_text: 'Follow up on the platform role',
    due_date: tomorrowNineInLosAngeles(),
    is_completed: false,
  });
});
