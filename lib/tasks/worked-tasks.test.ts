import { describe, expect, it } from 'vitest';
import {
  LOCAL_WORKED_MAX,
  mergeWorked,
  openOnly,
  SYNCED_WORKED_MAX,
  syncedPart,
  WORKED_KEEP_MS,
  workedTasksSchema,
} from './worked-tasks';

const NOW = Date.UTC(2026, 11, 7);
const uuid = (n: number) => `5eed0006-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('worked tasks', () => {
  it('two browsers that each worked a task both see both, at the earliest time', () => {
    const laptop = { [uuid(1)]: NOW - 5000, [uuid(2)]: NOW - 100 };
    const desktop = { [uuid(2)]: NOW - 200, [uuid(3)]: NOW - 50 };
    expect(mergeWorked(laptop, desktop, NOW)).toEqual({
      [uuid(1)]: NOW - 5000,
      [uuid(2)]: NOW - 200,
      [uuid(3)]: NOW - 50,
    });
  });

  it('a task that has left sync stays worked on the devices that saw it', () => {
    let local = {};
    // Sync brings task 1, then moves on to newer ones only.
    local = mergeWorked(local, { [uuid(1)]: NOW - 1000 }, NOW);
    local = mergeWorked(local, { [uuid(2)]: NOW - 10 }, NOW);
    expect(Object.keys(local).sort()).toEqual([uuid(1), uuid(2)]);
  });

  it('sync holds only the most recent, small enough for an 8 KB item', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [uuid(i), NOW - i * 1000]));
    const synced = syncedPart(many);
    expect(Object.keys(synced)).toHaveLength(SYNCED_WORKED_MAX);
    expect(synced[uuid(0)]).toBe(NOW);
    expect(synced[uuid(499)]).toBeUndefined();
    expect(new TextEncoder().encode(JSON.stringify({ workedTasks: synced })).length).toBeLessThan(8192);
  });

  it('forgets what was worked long ago, and keeps the device set bounded', () => {
    const old = { [uuid(1)]: NOW - WORKED_KEEP_MS - 1, [uuid(2)]: NOW - WORKED_KEEP_MS + 1000 };
    expect(Object.keys(mergeWorked(old, {}, NOW))).toEqual([uuid(2)]);
    const huge = Object.fromEntries(
      Array.from({ length: LOCAL_WORKED_MAX + 5 }, (_, i) => [uuid(i), NOW - i]),
    );
    expect(Object.keys(mergeWorked(huge, {}, NOW))).toHaveLength(LOCAL_WORKED_MAX);
  });

  it('leaves worked tasks out of a list, and validates what storage gives back', () => {
    const tasks = [{ id: uuid(1) }, { id: uuid(2) }];
    expect(openOnly(tasks, { [uuid(1)]: NOW })).toEqual([{ id: uuid(2) }]);
    expect(workedTasksSchema.safeParse({ [uuid(1)]: 'yesterday' }).success).toBe(false);
  });
});
