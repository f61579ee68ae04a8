/**
 * Every stored item of the extension, declared here and nowhere else.
 *
 * Areas: `sync` holds small, non-secret preferences (synced across the recruiter's Chrome
 * profile); `local` holds the API key, the outbox and caches. Objects read back are validated
 * with zod (`parseOr`), so a corrupt or older value never crashes a surface.
 *
 * Sync budget (Chrome: 8 KB per item, 100 KB in all, 120 writes a minute): settings ≈ 0.6 KB,
 * lastUsed ≤ 2 KB (50 owner ids), apiKey < 0.5 KB, templates up to 5 × 1000 characters — the one
 * item that can pass 8 KB (non-Latin text), so its writes go through `writeSyncItem` /
 * `createDebouncedSyncWriter` (lib/storage/sync-writer.ts), which refuse with a clear message.
 * Writes from typing are debounced there too. A surface follows changes from other windows and
 * devices with `useStoredValue` (lib/storage/use-stored-value.ts).
 */

import * as z from 'zod/mini';
import { storage } from '#imports';
import { type DueToday, emptyDueToday, type PersonNames } from '@/lib/due-today/due-today-schema';
import { type OutboxItem, outboxItemSchema } from '@/lib/outbox/outbox-schema';
import { textUpTo } from '@/lib/schema-parts';
import {
  SETTINGS_VERSION,
  type Settings,
  settingsMigrations,
  settingsSchema,
} from '@/lib/storage/settings-migrations';
import { type TaskType, taskTypeSchema } from '@/lib/tasks/task-schema';

// The settings' versions and migrations live in lib/storage/settings-migrations.ts.
export {
  type DuePick,
  duePickSchema,
  type Settings,
  settingsSchema,
} from '@/lib/storage/settings-migrations';
export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * Parses a stored value, falling back (never throwing) when it is missing or malformed. Takes any
 * zod schema, mini or classic.
 */
export function parseOr<T>(schema: z.core.$ZodType<T>, value: unknown, fallback: T): T {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * Written by the options page (and `setApiKeySync`); read by every surface. Version 2; older
 * values are migrated step by step (lib/storage/settings-migrations.ts). Never cleared.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/**
 * The Stardex API key on this device. Read and written only through lib/storage/api-key.ts
 * (`getApiKey`, `setApiKey`, `setApiKeySync`); empty while the key is synced instead. Cleared by
 * "Forget key".
 */
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });

/**
 * The API key when the recruiter opted into syncing it (settings' `syncApiKey`), else absent.
 * Same rules as `apiKeyItem`: only lib/storage/api-key.ts touches it.
 */
export const syncedApiKeyItem = storage.defineItem<string>('sync:apiKey', { fallback: '' });

/** Custom API base URL ('' = the real Stardex). Written by the options page. */
export const apiBaseUrlItem = storage.defineItem<string>('local:apiBaseUrl', { fallback: '' });

/** Tasks on their way to Stardex. Written by the background only (lib/outbox). */
export const outboxItem = storage.defineItem<OutboxItem[]>('local:outbox', { fallback: [] });
export const outboxListSchema = z.array(outboxItemSchema);

/** LinkedIn identifier → Stardex person id, with when it was learned. Written by the background. */
export const personCacheItem = storage.defineItem<
  Record<string, { personId: string; at: number; name?: string }>
>('local:personCache', { fallback: {} });

/**
 * Unsent task forms per person (key: `draftKey(profileUrl)` from lib/form/draft.ts; values
 * validated with `parseDrafts`). Written by the popup/panel as the recruiter types; an entry is
 * removed when its task is created or queued, or when the recruiter discards it; entries older
 * than 30 days are pruned on every write. Cleared by "Forget key and local data".
 */
export const draftsItem = storage.defineItem<Record<string, unknown>>('local:drafts', { fallback: {} });

export const lastUsedSchema = z.object({
  taskType: z._default(z.nullable(taskTypeSchema), null),
  ownerIds: z._default(z.nullable(z.array(z.uuid()).check(z.maxLength(50))), null),
});
export type LastUsed = z.infer<typeof lastUsedSchema>;
/**
 * The task type and owners of the last task submitted, which the next form starts from. Written
 * by the popup/panel on each submit that reached the outbox; never cleared.
 */
export const lastUsedItem = storage.defineItem<LastUsed>('sync:lastUsed', {
  fallback: { taskType: null, ownerIds: null },
});

export const templatesSchema = z.partialRecord(taskTypeSchema, textUpTo(1000));
/**
 * The recruiter's task text templates per task type (missing or blank = the built-in default in
 * lib/form/template.ts). Written by the options page; never cleared.
 */
export const templatesItem = storage.defineItem<Partial<Record<TaskType, string>>>('sync:templates', {
  fallback: {},
});

/**
 * My LinkedIn tasks due today or overdue, as last fetched (validate with `dueTodaySchema`).
 * Written by the background (lib/due-today) at most every few minutes; read by the popup and the
 * badge. Cleared with the API key.
 */
export const dueTodayItem = storage.defineItem<DueToday>('local:dueToday', { fallback: emptyDueToday });

/**
 * Stardex person id → name and LinkedIn URL, so the due-today list does not fetch a person per
 * refresh (validate with `personNamesSchema`). Written by the background; entries expire after a
 * day. Cleared with the API key.
 */
export const personNamesItem = storage.defineItem<PersonNames>('local:personNames', { fallback: {} });

/**
 * Recent reads that missed fields their layout normally shows (lib/reader-health; validate with
 * `parseReaderMisses`): layout, page kind, URL pattern, field and strategy names, never the
 * person. Written by the popup/panel when a form opens on such a read; shown in Options; cleared
 * with the API key.
 */
export const readerMissesItem = storage.defineItem<unknown[]>('local:readerMisses', { fallback: [] });

/**
 * The client-side rate limiter's window for the account in use (lib/stardex/rate-limiter.ts), so
 * a worker killed mid-queue does not wake up and burst past Stardex's 60/min. Written by the
 * background on every request; replaced when the account changes; never needs clearing.
 */
export const rateLimitStateItem = storage.defineItem<{
  account: string;
  stamps: number[];
  tat: number;
  pausedUntil: number;
} | null>('local:rateLimit', { fallback: null });

/**
 * Team members of the account in use, as last fetched (`account` = lib/stardex/client's label).
 * Written by the background's listTeamMembers; refetched after a day or on request. Cleared with the API key.
 */
export const teamMembersCacheItem = storage.defineItem<{
  account: string;
  at: number;
  members: {
    id: string;
    firstName: string;
    lastName: string;
    email: string | null;
    imageUrl: string | null;
  }[];
} | null>('local:teamMembers', { fallback: null });
