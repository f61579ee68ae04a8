/**
 * The "due today" list as the background caches it (`local:dueToday`) and the popup shows it.
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';

export const dueTaskSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    taskType: z.enum(['linkedin_message', 'linkedin_connection']),
    contentText: z.string(),
    /** ISO instant, or null for a task with no due date (never listed, kept for safety). */
    dueDate: z.nullable(z.string()),
    personId: z.nullable(z.string()),
    /** The person's name, or null while it is unknown (not fetched yet, or the lookup failed). */
    personName: z.nullable(z.string()),
    /** Their canonical LinkedIn profile URL, when Stardex knows it. */
    profileUrl: z.nullable(z.string()),
  }),
);
export type DueTask = z.infer<ReturnType<typeof dueTaskSchema>>;

export const dueTodaySchema = lazySchema(() =>
  z.object({
    /** When the list was last fetched (ms); 0 = never. */
    fetchedAt: z.number(),
    /** The team member the list is for; a new "this is me" makes the cache stale. */
    meId: z.nullable(z.string()),
    tasks: z.array(dueTaskSchema()),
    /** Why the last refresh failed (shown under the stale list), or null. */
    error: z.nullable(z.string()),
  }),
);
export type DueToday = z.infer<ReturnType<typeof dueTodaySchema>>;

export const emptyDueToday: DueToday = { fetchedAt: 0, meId: null, tasks: [], error: null };

/** Stardex person id → what the list shows about them, with when it was learned (ms). */
export const personNamesSchema = lazySchema(() =>
  z.record(z.string(), z.object({ name: z.string(), profileUrl: z.nullable(z.string()), at: z.number() })),
);
export type PersonNames = z.infer<ReturnType<typeof personNamesSchema>>;
