/**
 * The outbox in the real extension: a submitted task reaches Stardex exactly once even when the
 * service worker is stopped mid-queue, or the API key was wrong and is fixed later.
 * (Backoff, 429s, connection drops and the 100-task drain are covered against the sandbox in
 * lib/outbox/outbox.sandbox.test.ts.)
 */
import { submitTaskFromPopup } from './pages/popup-page';
import { expect, test } from './support/fixtures';
import { currentWorker, type LaunchedExtension } from './support/launch-extension';
import type { SandboxAdmin } from './support/sandbox-admin';
import { stopServiceWorker } from './support/service-worker';

const PROFILE_URL = 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/';
const NAME = 'Tomás Ferreira Quist';

/** The states of the items in the extension's outbox, read from its storage. */
async function outboxStates(ext: LaunchedExtension): Promise<string[]> {
  const worker = await currentWorker(ext.context);
  return worker.evaluate(async () => {
    const { outbox } = await chrome.storage.local.get('outbox');
    return ((outbox ?? []) as { state: string }[]).map((item) => item.state);
  });
}

async function tasksFor(sandbox: SandboxAdmin, text: string) {
  return (await sandbox.state()).tasks.filter((task) => task.content_text === text);
}

test('a task queued while Stardex fails is delivered once after the worker was stopped', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 2, status: 503 });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));

  const popup = await submitTaskFromPopup(ext, page, { text: 'Survives a dead worker' });
  await expect(popup.page.getByRole('status')).toContainText('will be delivered');
  await popup.page.close();
  await stopServiceWorker(ext.context, ext.extensionId);

  await expect.poll(() => tasksFor(sandbox, 'Survives a dead worker'), { timeout: 45_000 }).toHaveLength(1);
  const attempts = await sandbox.taskCreates();
  expect(attempts.map((r) => r.status)).toEqual([503, 503, 200]);
});

test.describe('with a wrong API key', () => {
  test.use({ apiKey: 'sbx_wrong_key' });

  test('the task is kept as failed, and delivered once the key is fixed', async ({
    ext,
    sandbox,
    linkedin,
  }) => {
    const page = await ext.context.newPage();
    await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));
    const popup = await submitTaskFromPopup(ext, page, { text: 'Waits for the right key' });
    await expect(popup.page.getByRole('status')).toContainText('API key rejected');
    expect(await tasksFor(sandbox, 'Waits for the right key')).toHaveLength(0);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('button', { name: `Retry task for ${NAME}` })).toBeVisible();
    await options.getByLabel('API key', { exact: true }).fill('sbx_demo_key');
    await options.getByRole('button', { name: 'Save', exact: true }).click();

    await expect
      .poll(() => tasksFor(sandbox, 'Waits for the right key'), { timeout: 20_000 })
      .toHaveLength(1);
    await expect(options.getByRole('button', { name: `Retry task for ${NAME}` })).toHaveCount(0);
  });
});

test('a connection closed after Stardex saved the task ends with exactly one task', async ({
  ext,
  sandbox,
  linkedin,
}) => {
  await sandbox.addFault({ route: 'POST /v1/tasks', count: 1, closeConnection: 'after-commit' });
  const page = await ext.context.newPage();
  await page.goto(linkedin.serve(PROFILE_URL, 'in-profile-2025.html'));

  const popup = await submitTaskFromPopup(ext, page, { text: 'Saved but never confirmed' });
  await expect(popup.page.getByRole('status')).toContainText(/will be delivered|Task created/);

  // The outbox searches the person's tasks before resending, finds the saved one and marks it done.
  await expect.poll(() => outboxStates(ext), { timeout: 45_000 }).toEqual(['done']);
  expect((await sandbox.requests()).some((r) => r.path === '/v1/tasks/search')).toBe(true);
  expect(await tasksFor(sandbox, 'Saved but never confirmed')).toHaveLength(1);
  const creates = await sandbox.taskCreates();
  expect(creates).toHaveLength(1);
});
