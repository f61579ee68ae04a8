import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { removeAllListeners } from '@/lib/messaging';
import { outboxItem } from '@/lib/storage/background-data';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { runGroups } from '@/lib/tasks/cadence-group';
import type { TaskType } from '@/lib/tasks/task-schema';
import { createFakeStardex, type FakeStardex } from '@/tests/support/fake-stardex';
import { submission } from '@/tests/support/outbox-test-kit';

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const send = async (type: string, data: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, popup))[0] as {
    res?: unknown;
    err?: { message: string };
  };

const types: TaskType[] = ['linkedin_connection', 'linkedin_message', 'call'];
/** The built-in cadence's three steps for one person, as the form queues them. */
function run(person = 7) {
  const groups = runGroups(crypto.randomUUID(), 'Connect, then follow up', 3);
  return types.map((type, index) => {
    const s = submission(person, `Step ${index + 1}`);
    return { ...s, task: { ...s.task, task_type: type }, group: groups[index] };
  });
}

let fake: FakeStardex;
let wakes: (number | null)[];
beforeEach(async () => {
  fakeBrowser.reset();
  fake = createFakeStardex();
  wakes = [];
  await apiKeyItem.setValue('test-key');
  await apiBaseUrlItem.setValue('https://api.stardex.example');
  registerBackground({
    fetch: fake.fetch,
    hostPermission: async () => true,
    schedule: (at) => void wakes.push(at),
    commandsAndMenus: false,
  });
});
afterEach(() => removeAllListeners());

describe('submit, a cadence run', () => {
  it('lands every step once, in order, with the person looked up once and created once', async () => {
    const reply = await send('submit', { submissions: run() });
    expect(reply.res).toMatchObject({ state: 'accepted', steps: types.map(() => ({ state: 'created' })) });
    expect(fake.state.tasks.map((t) => t.task_type)).toEqual(types);
    expect(fake.count('POST /v1/persons/search')).toBe(1);
    expect(fake.count('POST /v1/persons')).toBe(1);
    expect(fake.count('POST /v1/tasks')).toBe(3);
    const stored = await outboxItem.getValue();
    expect(stored.map((i) => i.group?.index)).toEqual([0, 1, 2]);
  });

  it('a step failing with 503 waits, the later steps wait behind it, and all land once retried', async () => {
    const steps = run(8);
    fake.fault('POST /v1/tasks', { status: 503 });
    const reply = await send('submit', { submissions: steps });
    expect(reply.res).toMatchObject({
      state: 'accepted',
      steps: [{ state: 'queued' }, { state: 'queued' }, { state: 'queued' }],
    });
    expect(fake.state.tasks).toHaveLength(0);
    // The retry is due: deliver (the stored retry time is moved to now, as the alarm would).
    const items = await outboxItem.getValue();
    await outboxItem.setValue(items.map((i) => ({ ...i, nextAttemptAt: 0 })));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await send('retryOutboxItem', { clientId: steps[0]?.clientId });
    await expect.poll(() => fake.state.tasks.length).toBe(3);
    expect(fake.state.tasks.map((t) => t.content_text)).toEqual(['Step 1', 'Step 2', 'Step 3']);
  });

  it('refuses steps that are not one run for one person, in order, and queues nothing', async () => {
    const steps = run(9);
    const shuffled = [steps[1], steps[0], steps[2]];
    expect((await send('submit', { submissions: shuffled })).res).toMatchObject({ state: 'invalid' });
    const mixed = [steps[0], { ...run(10)[1] }, steps[2]];
    expect((await send('submit', { submissions: mixed })).res).toMatchObject({ state: 'invalid' });
    expect(await outboxItem.getValue()).toEqual([]);
  });

  it('a second press with the same run queues nothing twice', async () => {
    const steps = run(11);
    await send('submit', { submissions: steps });
    await send('submit', { submissions: steps });
    expect(fake.state.tasks).toHaveLength(3);
    expect(await outboxItem.getValue()).toHaveLength(3);
  });
});
