import { describe, expect, it, vi } from 'vitest';
import type { StardexClient } from '@/lib/stardex/client';
import { ACTIVITY_TYPES_CACHE_MS, createActivityTypes } from './activity-types';

function client(account: string, answers: (() => Promise<{ key: string; name: string }[]>)[]) {
  const listActivityTypes = vi.fn(() => (answers.shift() ?? (() => Promise.resolve([])))());
  return { account, listActivityTypes } as unknown as StardexClient & {
    listActivityTypes: typeof listActivityTypes;
  };
}

describe('the team’s activity types', () => {
  it('are asked once a day per account, shared by everyone asking meanwhile', async () => {
    let now = 0;
    const types = createActivityTypes(() => now);
    const a = client('a', [async () => [{ key: 'li_invite', name: 'Invite' }]]);
    const [first, second] = await Promise.all([types(a), types(a)]);
    expect(first).toEqual([{ key: 'li_invite', name: 'Invite' }]);
    expect(second).toBe(first);
    expect(a.listActivityTypes).toHaveBeenCalledTimes(1);
    now = ACTIVITY_TYPES_CACHE_MS + 1;
    await types(a);
    expect(a.listActivityTypes).toHaveBeenCalledTimes(2);
  });

  it('do not keep a failure: the next log asks again', async () => {
    const types = createActivityTypes(() => 0);
    const a = client('a', [() => Promise.reject(new Error('503')), async () => []]);
    await expect(types(a)).rejects.toThrow('503');
    await expect(types(a)).resolves.toEqual([]);
    expect(a.listActivityTypes).toHaveBeenCalledTimes(2);
  });
});
