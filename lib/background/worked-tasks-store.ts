/**
 * The background's side of "worked" tasks (lib/tasks/worked-tasks.ts): a task is marked when its
 * touch is logged, on this device (`local:workedTasks`, which the popup and panel read) and in
 * browser sync for the recruiter's other browsers; what sync brings is merged into this device's
 * set. One lock, so a log and a sync arriving together never lose each other's entries.
 */
import { parseOr } from '@/lib/storage/parse-or';
import { syncedWorkedTasksItem, workedTasksItem } from '@/lib/storage/shared-state';
import { writeSyncItem } from '@/lib/storage/sync-writer';
import { mergeWorked, syncedPart, type WorkedTasks, workedTasksSchema } from '@/lib/tasks/worked-tasks';

const read = async (item: typeof workedTasksItem): Promise<WorkedTasks> =>
  parseOr(workedTasksSchema, await item.getValue(), {});

/** Creates the store; `now` is injectable for tests. */
export function createWorkedTasksStore(now: () => number = Date.now) {
  let chain: Promise<unknown> = Promise.resolve();
  const locked = <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run);
    chain = next.catch(() => undefined);
    return next;
  };

  /** Merges `incoming` into this device's set; writes sync too when `share` and sync lacks some. */
  const merge = (incoming: WorkedTasks, share: boolean) =>
    locked(async () => {
      const local = await read(workedTasksItem);
      const merged = mergeWorked(local, incoming, now());
      const changed = Object.keys(merged).some((id) => local[id] !== merged[id]);
      if (changed || Object.keys(merged).length !== Object.keys(local).length)
        await workedTasksItem.setValue(merged);
      if (!share) return merged;
      const synced = await read(syncedWorkedTasksItem);
      const part = syncedPart(mergeWorked(synced, merged, now()));
      if (Object.keys(part).some((id) => synced[id] !== part[id]))
        await writeSyncItem(syncedWorkedTasksItem, part, 'worked tasks').catch(() => undefined);
      return merged;
    });

  return {
    /** The task was worked now (its touch is logged or on its way). */
    mark: (taskIds: readonly string[]) => merge(Object.fromEntries(taskIds.map((id) => [id, now()])), true),
    /** What another browser put in sync; called at start and on every sync change. */
    takeFromSync: async () => merge(await read(syncedWorkedTasksItem), false),
    /** Follows sync for as long as the worker lives. */
    watchSync: () =>
      syncedWorkedTasksItem.watch((next) => void merge(parseOr(workedTasksSchema, next, {}), false)),
    read: () => read(workedTasksItem),
  };
}
export type WorkedTasksStore = ReturnType<typeof createWorkedTasksStore>;
