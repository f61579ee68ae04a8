import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStardexClient } from '@/lib/stardex/client';
import { createRateLimiter } from '@/lib/stardex/rate-limiter';
import { teamMembersCacheItem } from '@/lib/storage/background-data';
import { createFakeStardex, type FakeStardex } from '@/tests/support/fake-stardex';
import { createTeamList, TEAM_CACHE_MS } from './team-list';

let fake: FakeStardex;
const clientFor = (apiKey: string) =>
  createStardexClient({
    baseUrl: 'https://api.stardex.example',
    apiKey,
    rateLimiter: createRateLimiter({ limit: 6000 }),
    fetch: fake.fetch,
  });

beforeEach(() => {
  fakeBrowser.reset();
  fake = createFakeStardex({ apiKey: 'test-key' });
});

describe('createTeamList', () => {
  it('askers at the same time share one request, and later ones read the cache for a day', async () => {
    let clock = 1_000_000;
    const list = createTeamList(() => clock);
    const client = clientFor('test-key');
    const [a, b] = await Promise.all([list.get(client), list.get(client)]);
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ firstName: 'Ada', lastName: 'Admin' });
    expect(fake.count('GET /v1/team-members')).toBe(1);
    clock += TEAM_CACHE_MS - 1;
    await list.get(client);
    expect(fake.count('GET /v1/team-members')).toBe(1);
    clock += 2;
    await list.get(client);
    expect(fake.count('GET /v1/team-members')).toBe(2);
  });

  it('asks again on refresh, and for another account', async () => {
    const list = createTeamList();
    await list.get(clientFor('test-key'));
    await list.get(clientFor('test-key'), true);
    expect(fake.count('GET /v1/team-members')).toBe(2);
    await teamMembersCacheItem.setValue({ account: 'someone-else', at: Date.now(), members: [] });
    await list.get(clientFor('test-key'));
    expect(fake.count('GET /v1/team-members')).toBe(3);
  });

  it('a failed request is not shared with the next asker, nor cached', async () => {
    const list = createTeamList();
    fake.fault('GET /v1/team-members', { status: 503 });
    await expect(list.get(clientFor('test-key'))).rejects.toBeTruthy();
    expect(await teamMembersCacheItem.getValue()).toBeNull();
    await expect(list.get(clientFor('test-key'))).resolves.toHaveLength(1);
  });
});
