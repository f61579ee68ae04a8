/**
 * A batch for many people in the real extension: 10 people × a 3-step cadence, sent as one submit
 * at Stardex's real limit of 60 requests/minute, with the service worker stopped halfway. Every
 * task lands once, each person is created once, the sandbox never answers 429, and Options shows
 * the batch done. Takes about a minute of real time by design.
 */
import { batchSubmissions } from '../support/batch-kit';
import { expect, test } from './support/fixtures';
import { stopServiceWorker } from './support/service-worker';

const PEOPLE = 10;
const STEPS = 3;

test('10 people × 3 steps within 60 requests/minute, a worker stop halfway: every task once, no 429', async ({
  ext,
  sandbox,
}) => {
  test.setTimeout(240_000);
  await sandbox.reset({ rateLimitPerMinute: 60 });
  const submissions = batchSubmissions(PEOPLE, STEPS, { batchId: 'e2e-batch', first: 501 });
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // The envelope lib/messaging.ts's sendMessage sends: one submit for the whole batch.
  const answer = await page.evaluate(
    (all) => chrome.runtime.sendMessage({ type: 'submit', data: { submissions: all } }),
    submissions,
  );
  expect(answer?.err).toBeUndefined();
  await page.close();

  const landed = async () =>
    (await sandbox.state()).tasks
      .filter((t) => t.content_text.startsWith('Step '))
      .map((t) => t.content_text);
  // Halfway: some tasks are in, most are not.
  await expect.poll(async () => (await landed()).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(12);
  await stopServiceWorker(ext.context, ext.extensionId);
  expect((await landed()).length).toBeLessThan(PEOPLE * STEPS);

  // Nothing wakes the worker but its own alarm.
  await expect
    .poll(async () => (await landed()).length, { timeout: 180_000, intervals: [2_000] })
    .toBe(PEOPLE * STEPS);
  const texts = await landed();
  expect(new Set(texts).size).toBe(PEOPLE * STEPS);
  const requests = await sandbox.requests();
  expect(requests.filter((r) => r.status === 429)).toEqual([]);
  const personCreates = requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons');
  expect(personCreates).toHaveLength(PEOPLE);
  const people = (await sandbox.state()).persons.filter((p) =>
    /^test-person-5\d\d$/.test(p.linkedin_public_id ?? ''),
  );
  expect(people).toHaveLength(PEOPLE);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByText('10 of 10 people, 30 of 30 tasks in Stardex')).toBeVisible();
});
