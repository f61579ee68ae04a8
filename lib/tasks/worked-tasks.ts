/**
 * Tasks the recruiter has worked (messaged, connected, called and logged). Stardex documents no
 * way to complete a task (docs/stardex-api.md §2), so the extension remembers them itself and
 * leaves them out of its own lists, while Stardex still lists them as open.
 *
 * Kept twice: the whole set on this device (`local`), and the most recent ones in browser sync,
 * which Chrome limits to 8 KB per item; every device merges what sync brings into its own set,
 * so a task worked in one browser stays done in the others after it has left sync.
 */
import * as z from 'zod/mini';

/** Task id → when it was worked (epoch ms). */
export const workedTasksSchema = z.record(z.string().check(z.maxLength(100)), z.number());
export type WorkedTasks = z.infer<typeof workedTasksSchema>;

/** What sync holds: about 90 bytes an entry as JSON keeps the item well under Chrome's 8 KB. */
export const SYNCED_WORKED_MAX = 80;
/** A task worked this long ago no longer needs remembering on this device. */
export const WORKED_KEEP_MS = 180 * 24 * 60 * 60_000;
/** The most kept on this device (a recruiter working 100 tasks a day, for half a year). */
export const LOCAL_WORKED_MAX = 20_000;

function newest(entries: [string, number][], max: number): WorkedTasks {
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, max));
}

/** Both sets in one, the earliest time kept for a task in both, older than `WORKED_KEEP_MS` dropped. */
export function mergeWorked(a: WorkedTasks, b: WorkedTasks, now: number): WorkedTasks {
  const merged = new Map<string, number>(Object.entries(a));
  for (const [id, at] of Object.entries(b)) merged.set(id, Math.min(at, merged.get(id) ?? at));
  const kept = [...merged].filter(([, at]) => at > now - WORKED_KEEP_MS);
  return newest(kept, LOCAL_WORKED_MAX);
}

/** The part of the set that goes to sync: the most recently worked. */
export function syncedPart(worked: WorkedTasks): WorkedTasks {
  return newest(Object.entries(worked), SYNCED_WORKED_MAX);
}

/** `tasks` without the worked ones. */
export function openOnly<T extends { id: string }>(tasks: readonly T[], worked: WorkedTasks): T[] {
  return tasks.filter((task) => !(task.id in worked));
}
