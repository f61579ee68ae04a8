/**
 * A logged touch through the background's one `submit`: delivered as one person activity, the
 * task it works marked worked on this device and in sync, and a run mixing logs and tasks refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { removeAllListeners } from '@/lib/messaging';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { syncedWorkedTasksItem, workedTasksItem } from '@/lib/storage/shared-state';
import { createFakeStardex, type FakeStardex } from '@/tests/support/fake-stardex';
import { logSubmission, submission } from '@/tests/support/outbox-test-kit';

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const send = async (type: string, data: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, popup))[0] as {
    res?: unknown;
    err?: { message: string };
  };

let fake: FakeStardex;
let worked: () => Promise<Record<string, number>>;
beforeEach(async () => {
  fakeBrowser.reset();
  fake = createFakeStardex();
  await apiKeyItem.setValue('test-key');
  await apiBaseUrlItem.setValue('https://api.stardex.example');
  const services = registerBackground({
    fetch: fake.fetch,
    hostPermission: async () => true,
    schedule: () => undefined,
    commandsAndMenus: false,
  });
  worked = () => services.worked.read();
});
afterEach(() => removeAllListeners());

describe('submit, a logged touch', () => {
  it('is one activity on the person, and the task it works is worked here and in sync', async () => {
    const reply = await send('submit', {
      submissions: [logSubmission(1, 'Hi Test', 'linkedin_message', 'task-9')],
    });
    expect(reply.res).toMatchObject({ state: 'accepted', steps: [{ state: 'created' }] });
    expect(fake.state.activities).toEqual([
      expect.objectContaining({
        activity_type: 'linkedin_message',
        activity_content: 'Hi Test',
        person_id: fake.state.persons[0]?.id,
      }),
    ]);
    expect(Object.keys(await worked())).toEqual(['task-9']);
    await expect.poll(async () => Object.keys(await syncedWorkedTasksItem.getValue())).toEqual(['task-9']);
  });

  it('a log Stardex refuses leaves its task to do; logged again and delivered, the task is worked', async () => {
    const log = logSubmission(4, 'Refused first', 'linkedin_message', 'task-4');
    fake.fault('POST /v1/person-activities', { status: 403 });
    const refused = await send('submit', { submissions: [log] });
    expect(refused.res).toMatchObject({ state: 'accepted', steps: [{ state: 'failed' }] });
    expect(await worked()).toEqual({});
    expect(await syncedWorkedTasksItem.getValue()).toEqual({});
    const again = await send('submit', { submissions: [log] });
    expect(again.res).toMatchObject({ state: 'accepted', steps: [{ state: 'created' }] });
    expect(Object.keys(await worked())).toEqual(['task-4']);
    await expect.poll(async () => Object.keys(await syncedWorkedTasksItem.getValue())).toEqual(['task-4']);
  });

  it('a log waiting for Stardex counts its task worked here, and in sync once delivered; discarded, it does not', async () => {
    fake.fault('POST /v1/person-activities', { status: 503 });
    const waiting = await send('submit', {
      submissions: [logSubmission(5, 'Waiting', 'linkedin_message', 'task-5')],
    });
    expect(waiting.res).toMatchObject({ state: 'accepted', steps: [{ state: 'queued' }] });
    expect(Object.keys(await worked())).toEqual(['task-5']);
    expect(await syncedWorkedTasksItem.getValue()).toEqual({});
    const [step] = (waiting.res as { steps: { item: { clientId: string } }[] }).steps;
    await send('discardOutboxItem', { clientId: step?.item.clientId });
    expect(await worked()).toEqual({});
  });

  it('a log without a task marks nothing worked', async () => {
    await send('submit', { submissions: [logSubmission(2, 'Their reply', 'linkedin_message_response')] });
    expect(fake.state.activities).toHaveLength(1);
    expect(await workedTasksItem.getValue()).toEqual({});
  });

  it('a run mixing a log and a task is refused whole, nothing queued', async () => {
    const reply = await send('submit', { submissions: [logSubmission(3), submission(3)] });
    expect(reply.res).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/on its own/) });
    expect(fake.state.activities.length + fake.state.tasks.length).toBe(0);
  });

  it('a task worked in another browser arrives through sync and is kept here', async () => {
    await syncedWorkedTasksItem.setValue({ 'task-from-laptop': Date.now() - 1000 });
    await expect
      .poll(async () => Object.keys(await workedTasksItem.getValue()))
      .toEqual(['task-from-laptop']);
  });
});
