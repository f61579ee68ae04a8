/**
 * The background's side of "worked" tasks (lib/tasks/worked-tasks.ts), following the outbox's
 * logs: a task whose log is on its way is worked on this device (`local:workedTasks`, which the
 * popup and panel read); once Stardex has the log, in browser sync too, for the recruiter's other
 * browsers; a log Stardex refused (or one discarded before it landed) leaves the task to do. What
 * sync brings is merged into this device's set. Every change runs under one lock, in order, so a
 * log, its outcome and a sync arriving together never lose or reorder each other's entries.
 */
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { isPending } from '@/lib/outbox/outbox-state';
import { parseOr } from '@/lib/storage/parse-or';
import { syncedWorkedTasksItem, workedTasksItem } from '@/lib/storage/shared-state';
import { writeSyncItem } from '@/lib/storage/sync-writer';
import { mergeWorked, syncedPart, type WorkedTasks, workedTasksSchema } from '@/lib/tasks/worked-tasks';

const read = async (item: typeof workedTasksItem): Promise<WorkedTasks> =>
  parseOr(workedTasksSchema, await item.getValue(), {});

const sameSet = (a: WorkedTasks, b: WorkedTasks) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((id) => a[id] === b[id]);

/** The outbox's logs of tasks, by task: delivered, on their way, or all refused. */
function logsByTask(items: readonly OutboxItem[]) {
  const logs = new Map<string, OutboxItem[]>();
  for (const item of items)
    if (item.kind === 'activity' && item.activity.taskId)
      logs.set(item.activity.taskId, [...(logs.get(item.activity.taskId) ?? []), item]);
  const which = (test: (its: OutboxItem[]) => boolean) =>
    [...logs].filter(([, its]) => test(its)).map(([id]) => id);
  const delivered = which((its) => its.some((i) => i.state === 'done'));
  return {
    delivered,
    onTheirWay: which((its) => its.some(isPending)).filter((id) => !delivered.includes(id)),
    refused: which((its) => its.every((i) => i.state === 'failed')),
  };
}

/** Creates the store; `now` is injectable for tests. */
export function createWorkedTasksStore(now: () => number = Date.now) {
  let chain: Promise<unknown> = Promise.resolve();
  const locked = <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run);
    chain = next.catch(() => undefined);
    return next;
  };
  const stamp = (taskIds: readonly string[]) => Object.fromEntries(taskIds.map((id) => [id, now()]));

  /** Merges `incoming` into this device's set; into sync too when `share`. Unlocked: callers lock. */
  async function merge(incoming: WorkedTasks, share: boolean): Promise<WorkedTasks> {
    const local = await read(workedTasksItem);
    const merged = mergeWorked(local, incoming, now());
    if (!sameSet(local, merged)) await workedTasksItem.setValue(merged);
    if (!share) return merged;
    const synced = await read(syncedWorkedTasksItem);
    const part = syncedPart(mergeWorked(synced, incoming, now()));
    if (!sameSet(synced, part))
      await writeSyncItem(syncedWorkedTasksItem, part, 'worked tasks').catch(() => undefined);
    return merged;
  }

  /** Drops tasks from this device's set, unless sync says a log of theirs reached Stardex. Unlocked. */
  async function drop(taskIds: readonly string[]): Promise<void> {
    const [local, synced] = [await read(workedTasksItem), await read(syncedWorkedTasksItem)];
    const gone = new Set(taskIds.filter((id) => id in local && !(id in synced)));
    if (gone.size > 0)
      await workedTasksItem.setValue(
        Object.fromEntries(Object.entries(local).filter(([id]) => !gone.has(id))),
      );
  }

  /** Brings the set in line with the outbox's logs of tasks (see the module comment). */
  const followOutbox = (items: readonly OutboxItem[]) =>
    locked(async () => {
      const { delivered, onTheirWay, refused } = logsByTask(items);
      if (delivered.length + onTheirWay.length + refused.length === 0) return;
      const [local, synced] = [await read(workedTasksItem), await read(syncedWorkedTasksItem)];
      const newTo = (ids: string[], set: WorkedTasks) => ids.filter((id) => !(id in set));
      if (newTo(delivered, synced).length > 0) await merge(stamp(newTo(delivered, synced)), true);
      if (newTo(onTheirWay, local).length > 0) await merge(stamp(newTo(onTheirWay, local)), false);
      if (refused.length > 0) await drop(refused);
    });

  return {
    followOutbox,
    /** A log of these tasks was dropped before Stardex had it: to do again (unless sync says otherwise). */
    forget: (taskIds: readonly string[]) => locked(() => drop(taskIds)),
    /** What another browser put in sync; called at start and on every sync change. */
    takeFromSync: () => locked(async () => merge(await read(syncedWorkedTasksItem), false)),
    /** Follows sync for as long as the worker lives. */
    watchSync: () =>
      syncedWorkedTasksItem.watch(
        (next) =>
          void locked(() => merge(parseOr(workedTasksSchema, next, {}), false)).catch(() => undefined),
      ),
    /** This device's set once every change asked for so far is written. */
    read: () => locked(() => read(workedTasksItem)),
  };
}
export type WorkedTasksStore = ReturnType<typeof createWorkedTasksStore>;
