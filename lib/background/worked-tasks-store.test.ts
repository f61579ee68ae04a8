import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newItem, succeed } from '@/lib/outbox/outbox-state';
import { syncedWorkedTasksItem, workedTasksItem } from '@/lib/storage/shared-state';
import { SYNCED_WORKED_MAX, WORKED_KEEP_MS } from '@/lib/tasks/worked-tasks';
import { logSubmission } from '@/tests/support/outbox-test-kit';
import { createWorkedTasksStore } from './worked-tasks-store';

const now = Date.UTC(2026, 10, 28, 14, 0);
const hour = 60 * 60_000;

afterEach(() => fakeBrowser.reset());

/** The outbox holding a log Stardex has, for each of these tasks. */
const delivered = (taskIds: string[]) =>
  taskIds.map((id, n) => succeed(newItem(logSubmission(n, 'Sent', 'linkedin_message', id), now), 'a', now));

describe('createWorkedTasksStore', () => {
  it('a delivered log marks its task worked on this device and in sync, keeping what sync already held', async () => {
    await syncedWorkedTasksItem.setValue({ other: now - hour });
    const store = createWorkedTasksStore(() => now);
    await store.followOutbox(delivered(['t1']));
    expect(await workedTasksItem.getValue()).toEqual({ t1: now });
    expect(await syncedWorkedTasksItem.getValue()).toEqual({ t1: now, other: now - hour });
    expect(await store.read()).toEqual({ t1: now });
  });

  it('merges what another browser put in sync, keeping the earliest time, and never shares it back', async () => {
    await workedTasksItem.setValue({ both: now - hour, mine: now - 2 * hour });
    await syncedWorkedTasksItem.setValue({ both: now - 3 * hour, theirs: now - hour });
    const store = createWorkedTasksStore(() => now);
    await store.takeFromSync();
    expect(await workedTasksItem.getValue()).toEqual({
      both: now - 3 * hour,
      mine: now - 2 * hour,
      theirs: now - hour,
    });
    // Sync is not rewritten by a merge from sync.
    expect(await syncedWorkedTasksItem.getValue()).toEqual({ both: now - 3 * hour, theirs: now - hour });
  });

  it('keeps a task worked here after it has left sync (sync holds only the most recent)', async () => {
    const store = createWorkedTasksStore(() => now);
    await store.followOutbox(delivered(['early']));
    const newer = Object.fromEntries(
      Array.from({ length: SYNCED_WORKED_MAX }, (_, i) => [`n${i}`, now + i + 1]),
    );
    await syncedWorkedTasksItem.setValue(newer);
    await store.takeFromSync();
    const local = await workedTasksItem.getValue();
    expect(local.early).toBe(now);
    expect(Object.keys(local)).toHaveLength(SYNCED_WORKED_MAX + 1);
  });

  it('follows sync changes while it watches, and forgets entries older than it keeps', async () => {
    const store = createWorkedTasksStore(() => now);
    const stop = store.watchSync();
    await syncedWorkedTasksItem.setValue({ fresh: now - hour, stale: now - WORKED_KEEP_MS - hour });
    await expect.poll(() => workedTasksItem.getValue()).toEqual({ fresh: now - hour });
    stop();
  });

  it('loses nothing when a mark and a sync change arrive together', async () => {
    const store = createWorkedTasksStore(() => now);
    const stop = store.watchSync();
    await Promise.all([
      store.followOutbox(delivered(['logged-here'])),
      syncedWorkedTasksItem.setValue({ 'logged-there': now - hour }),
      store.followOutbox(delivered(['logged-here-too'])),
      store.takeFromSync(),
    ]);
    await expect
      .poll(async () => Object.keys(await workedTasksItem.getValue()).sort())
      .toEqual(['logged-here', 'logged-here-too', 'logged-there']);
    stop();
    expect(Object.keys(await syncedWorkedTasksItem.getValue()).sort()).toEqual(
      expect.arrayContaining(['logged-here', 'logged-here-too']),
    );
  });
});
