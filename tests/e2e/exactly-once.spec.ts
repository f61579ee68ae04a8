/**
 * Exactly once in the real extension: the service worker stopped (over CDP) while a create is in
 * flight — the popup then says the task is queued, not "not created", and Stardex gets it once —
 * and two deliberately identical tasks, the first with an unknown outcome, stay two tasks.
 */
import { PopupPage, submitTaskFromPopup } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { currentWorker, type LaunchedExtension } from './support/launch-extension';
import type { SandboxAdmin } from './support/sandbox-admin';
import { stopServiceWorker } from './support/service-worker';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';

async function tasksFor(sandbox: SandboxAdmin, text: string) {
  return (await sandbox.state()).tasks.filter((task) => task.content_text === text);
}

async function outbox(ext: LaunchedExtension): Promise<{ state: string; taskId: string | null }[]> {
  const worker = await currentWorker(ext.context);
  return worker.evaluate(async () => (await chrome.storage.local.get('outbox')).outbox ?? []);
}

async function createSent(sandbox: SandboxAdmin, count = 1): Promise<void> {
  await expect.poll(async () => (await sandbox.taskCreates()).length).toBeGreaterThanOrEqual(count);
}

test('the worker stops while a create is in flight: the popup says queued, Stardex gets the task once', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  test.setTimeout(90_000);
  // Stardex takes 3 s before it handles (commits) the create.
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, delayMs: 3_000 });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await submitTaskFromPopup(ext, page, { text: 'Sent as the worker stopped' });
  await createSent(sandbox);
  await stopServiceWorker(ext.context, ext.extensionId);

  // The popup's channel closed without an answer: it asks what became of its task.
  await expect(popup.page.getByRole('status')).toContainText('Saved, will be delivered');
  await expect(popup.page.getByRole('status')).not.toContainText('Not created');
  // The new worker searches only once the first request cannot be in flight any more, finds it.
  await expect
    .poll(async () => (await outbox(ext)).map((i) => i.state), { timeout: 60_000 })
    .toEqual(['done']);
  expect(await tasksFor(sandbox, 'Sent as the worker stopped')).toHaveLength(1);
});

test('two identical tasks, the first with an unknown outcome, stay two tasks in Stardex', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  test.setTimeout(90_000);
  // The first create is committed, then answered 500; the second is cut off before Stardex sees it.
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, commit: true, status: 500 });
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, closeConnection: 'before' });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const first = await submitTaskFromPopup(ext, page, { text: 'Ping twice, on purpose' });
  await expect(first.page.getByRole('status')).toContainText('Saved, will be delivered');
  await first.page.close();
  const second = await submitTaskFromPopup(ext, page, { text: 'Ping twice, on purpose' });
  await expect(second.page.getByRole('status')).toContainText(/Saved, will be delivered|Task created/);

  await expect
    .poll(async () => (await outbox(ext)).map((i) => i.state), { timeout: 60_000 })
    .toEqual(['done', 'done']);
  const tasks = await tasksFor(sandbox, 'Ping twice, on purpose');
  expect(tasks).toHaveLength(2);
  const claimed = (await outbox(ext)).map((i) => i.taskId).sort();
  expect(claimed).toStrictEqual(tasks.map((t) => t.id).sort());
});

test('a popup opened again on a draft whose task was queued does not queue it twice', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, delayMs: 6_000 });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
  const popup = await submitTaskFromPopup(ext, page, { text: 'Only once please' });
  await expect(popup.page.getByRole('status')).toContainText('Saved, will be delivered');
  await popup.page.close();
  const again = await PopupPage.openFor(ext, page);
  // The draft went with the task: a new form, not the same task ready to be sent again.
  await expect(again.taskText).not.toHaveValue('Only once please');
  await expect.poll(() => tasksFor(sandbox, 'Only once please'), { timeout: 20_000 }).toHaveLength(1);
});
