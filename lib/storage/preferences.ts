/**
 * The recruiter's preferences, in `sync` (their other Chrome devices): settings, the last used
 * task type and owners, the text templates and the cadences. Read by every extension surface and the
 * background; none of it is secret. (Items by owner: lib/storage/README.md.)
 *
 * Sync budget (Chrome: 8 KB per item, 100 KB in all, 120 writes a minute): settings ≈ 0.6 KB,
 * lastUsed ≤ 2 KB (50 owner ids), templates up to 5 × 1000 characters — the item that can pass
 * 8 KB (non-Latin text), as can cadences (≤ 20 × 10 steps), so their writes go through `writeSyncItem` / `createDebouncedSyncWriter`
 * (sync-writer.ts), which refuse with a clear message. Writes from typing are debounced there too.
 */
import * as z from 'zod/mini';
import { textUpTo } from '@/lib/schema-parts';
import {
  CADENCES_VERSION,
  type CadenceList,
  cadenceMigrations,
  initialCadenceList,
} from '@/lib/tasks/cadence-schema';
import { type TaskType, taskTypeSchema } from '@/lib/tasks/task-schema';
import { defineItem } from './define-item';
import { SETTINGS_VERSION, type Settings, settingsMigrations, settingsSchema } from './settings-migrations';

// The settings' versions and migrations live in settings-migrations.ts.
export {
  type DuePick,
  duePickSchema,
  SETTINGS_VERSION,
  type Settings,
  settingsSchema,
} from './settings-migrations';
export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * Written by the options page (and `setApiKeySync`); read by every surface. Version 2; older
 * values are migrated step by step (lib/storage/settings-migrations.ts). Never cleared.
 */
export const settingsItem = defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const lastUsedSchema = z.object({
  taskType: z._default(z.nullable(taskTypeSchema), null),
  ownerIds: z._default(z.nullable(z.array(z.uuid()).check(z.maxLength(50))), null),
});
export type LastUsed = z.infer<typeof lastUsedSchema>;
/**
 * The task type and owners of the last task submitted, which the next form starts from. Written
 * by the popup/panel on each submit that reached the outbox; never cleared.
 */
export const lastUsedItem = defineItem<LastUsed>('sync:lastUsed', {
  fallback: { taskType: null, ownerIds: null },
});

export const templatesSchema = z.partialRecord(taskTypeSchema, textUpTo(1000));
/**
 * The recruiter's task text templates per task type (missing or blank = the built-in default in
 * lib/form/template.ts). Written by the options page; never cleared.
 */
export const templatesItem = defineItem<Partial<Record<TaskType, string>>>('sync:templates', {
  fallback: {},
});

/**
 * The recruiter's cadences (lib/cadence): named follow-up sequences, one task per step. Absent =
 * the built-in "Connect, then follow up". Read through `parseCadences` (tolerant: a damaged entry
 * costs only itself). Written by the options page (quota-checked, `checkCadencesQuota`).
 */
export const cadencesItem = defineItem<CadenceList>('sync:cadences', {
  fallback: initialCadenceList(),
  version: CADENCES_VERSION,
  migrations: cadenceMigrations,
});
