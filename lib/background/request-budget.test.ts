/**
 * Requests per scenario, pinned (the bench measures the same end to end in Chromium): what the
 * popup asks at open (person state, open tasks, owners) and at "Create task", counted at Stardex.
 * The team list comes with the key (prefetched, cached a day). First capture of an unknown person
 * ≤ 3, open of a cached person ≤ 1, repeat capture ≤ 2, a cadence of 3: the person looked up
 * once, then one create per step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { removeAllListeners } from '@/lib/messaging';
import { apiBaseUrlItem, apiKeyItem } from '@/lib/storage/connection';
import { runGroups } from '@/lib/tasks/cadence-group';
import { createFakeStardex, type FakeStardex } from '@/tests/support/fake-stardex';
import { submission } from '@/tests/support/outbox-test-kit';

const ID = fakeBrowser.runtime.id;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const send = (type: string, data: unknown) =>
  fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, popup);

let fake: FakeStardex;
beforeEach(async () => {
  fakeBrowser.reset();
  fake = createFakeStardex();
  await apiKeyItem.setValue('test-key');
  await apiBaseUrlItem.setValue('https://api.stardex.example');
  registerBackground({
    fetch: fake.fetch,
    hostPermission: async () => true,
    schedule: () => {},
    commandsAndMenus: false,
  });
});
afterEach(() => removeAllListeners());

/** The popup opening on `n`'s profile: its three questions, at once. */
const openPopup = (n: number) => {
  const profileUrl = submission(n).person.profileUrl;
  return Promise.all([
    send('lookupPerson', { profileUrl }),
    send('listOpenTasks', { profileUrl }),
    send('listTeamMembers', {}),
  ]);
};
const counted = async (run: () => Promise<unknown>) => {
  const before = fake.state.requests.length;
  await run();
  return fake.state.requests.slice(before).map((r) => r.route);
};

describe('requests per scenario', () => {
  it('the team list is fetched once, with the key, before any popup asks', async () => {
    await expect.poll(() => fake.count('GET /v1/team-members')).toBe(1);
    await openPopup(20);
    expect(fake.count('GET /v1/team-members')).toBe(1);
  });

  it('first capture of an unknown person: one search, create person, create task', async () => {
    await expect.poll(() => fake.count('GET /v1/team-members')).toBe(1);
    const requests = await counted(async () => {
      await openPopup(21);
      await send('submit', { submissions: [submission(21)] });
    });
    expect(requests).toEqual(['POST /v1/persons/search', 'POST /v1/persons', 'POST /v1/tasks']);
  });

  it('a cached person: opening costs ≤ 1 (open tasks), a repeat capture ≤ 2', async () => {
    await openPopup(22);
    await send('submit', { submissions: [submission(22)] });
    expect(await counted(() => openPopup(22))).toEqual(['POST /v1/tasks/search']);
    expect(await counted(() => send('submit', { submissions: [submission(22)] }))).toEqual([
      'POST /v1/tasks',
    ]);
  });

  it('a cadence of 3 for a new person: the person looked up once, then one create per step', async () => {
    const groups = runGroups('run-budget', 'Connect, then follow up', 3);
    const steps = groups.map((group, index) => ({ ...submission(23, `Step ${index + 1}`), group }));
    const requests = await counted(async () => {
      await openPopup(23);
      await send('submit', { submissions: steps });
    });
    expect(requests.filter((r) => r === 'POST /v1/persons/search')).toHaveLength(1);
    expect(requests.filter((r) => r === 'POST /v1/tasks')).toHaveLength(3);
  });
});
