/**
 * Every stored item of the extension, declared here and nowhere else.
 *
 * Areas: `sync` holds small, non-secret preferences (synced across the recruiter's Chrome
 * profile); `local` holds the API key, the outbox and caches. Objects read back are validated
 * with zod (`parseOr`), so a corrupt or older value never crashes a surface.
 */

import { z } from 'zod';
import { storage } from '#imports';
import { type OutboxItem, outboxItemSchema } from '@/lib/outbox/outbox-schema';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

export const duePickSchema = z.enum(['none', 'today', 'tomorrow', 'in3days', 'nextMonday', 'inAWeek']);
export type DuePick = z.infer<typeof duePickSchema>;

export const settingsSchema = z.object({
  defaultTaskType: taskTypeSchema.default('linkedin_message'),
  defaultDuePick: duePickSchema.default('tomorrow'),
  /** Local time used when a due pick has no time of its own. */
  defaultDueTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('09:00'),
  /** The team member this user is ("This is me"), chosen once in options. */
  meTeamMemberId: z.uuid().nullable().default(null),
  defaultOwnerIds: z.array(z.uuid()).default([]),
  addMissingPerson: z.boolean().default(true),
  showPageButton: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** Parses a stored value, falling back (never throwing) when it is missing or malformed. */
export function parseOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Written by the options page; read by every surface. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: defaultSettings });

/** The Stardex API key. Written by the options page, read by the background only. Cleared by "Forget key". */
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });

/** Custom API base URL ('' = the real Stardex). Written by the options page. */
export const apiBaseUrlItem = storage.defineItem<string>('local:apiBaseUrl', { fallback: '' });

/** Tasks on their way to Stardex. Written by the background only (lib/outbox). */
export const outboxItem = storage.defineItem<OutboxItem[]>('local:outbox', { fallback: [] });
export const outboxListSchema = z.array(outboxItemSchema);

/** LinkedIn identifier → Stardex person id, with when it was learned. Written by the background. */
export const personCacheItem = storage.defineItem<Record<string, { personId: string; at: number }>>(
  'local:personCache',
  { fallback: {} },
);
