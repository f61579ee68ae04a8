/**
 * The versions of `sync:settings` and the pure steps between them. `migrations[N]` turns a vN-1
 * value into a vN value; WXT runs the missing steps in order the first time the item is touched
 * after an update (preferences.ts). Fixtures of every old shape live in `__fixtures__/`.
 *
 *   v1 (0.1.0 scaffold): the flat defaults — task type, due pick/time, "this is me", owners,
 *      add-missing-person, page button.
 *   v2: + `syncApiKey` (the API key's area, see lib/storage/api-key.ts) and `dailyReminder`
 *      (off by default; its time starts at the recruiter's default due time).
 *   v3: + `quickTaskCadenceId` (what Alt+Shift+Q creates: null = the single default task, else
 *      a cadence's id from `sync:cadences`).
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

export const duePickSchema = z.enum(['none', 'today', 'tomorrow', 'in3days', 'nextMonday', 'inAWeek']);
export type DuePick = z.infer<typeof duePickSchema>;

/** "HH:MM", 24-hour local time. */
export const timeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** A field that is `value` when missing and when invalid (old values are repaired, not dropped). */
function repaired<T extends z.core.SomeType>(schema: T, value: z.core.util.NoUndefined<z.core.output<T>>) {
  return z._default(z.catch(schema, value), value);
}

/** The settings as version 1 stored them (kept to read old values; never written any more). */
export const settingsV1Schema = lazySchema(() =>
  z.object({
    defaultTaskType: repaired(taskTypeSchema, 'linkedin_message'),
    defaultDuePick: repaired(duePickSchema, 'tomorrow'),
    defaultDueTime: repaired(timeOfDaySchema, '09:00'),
    meTeamMemberId: repaired(z.nullable(z.uuid()), null),
    defaultOwnerIds: repaired(z.array(z.uuid()), []),
    addMissingPerson: repaired(z.boolean(), true),
    showPageButton: repaired(z.boolean(), true),
  }),
);
export type SettingsV1 = z.infer<ReturnType<typeof settingsV1Schema>>;

export const dailyReminderSchema = z.object({
  enabled: z._default(z.boolean(), false),
  /** Local time of the reminder notification. */
  time: z._default(timeOfDaySchema, '09:00'),
});
export type DailyReminder = z.infer<typeof dailyReminderSchema>;

/** The current settings (v3). Each field has a default so a partial or older value still parses. */
export const settingsSchema = z.object({
  defaultTaskType: z._default(taskTypeSchema, 'linkedin_message'),
  defaultDuePick: z._default(duePickSchema, 'tomorrow'),
  /** Local time used when a due pick has no time of its own. */
  defaultDueTime: z._default(timeOfDaySchema, '09:00'),
  /** The team member this user is ("This is me"), chosen once in options. */
  meTeamMemberId: z._default(z.nullable(z.uuid()), null),
  defaultOwnerIds: z._default(z.array(z.uuid()), []),
  addMissingPerson: z._default(z.boolean(), true),
  showPageButton: z._default(z.boolean(), true),
  /**
   * The recruiter's wish to keep the API key in `sync:` (their other Chrome devices). Changed only
   * through `setApiKeySync()` (lib/storage/api-key.ts), which moves the key in the same step.
   */
  syncApiKey: z._default(z.boolean(), false),
  /** "Due today" reminder notification, off by default. */
  dailyReminder: z._default(dailyReminderSchema, { enabled: false, time: '09:00' }),
  /** Quick task (Alt+Shift+Q) starts this cadence (lib/cadence) instead of one task; null = one task. */
  quickTaskCadenceId: z._default(z.catch(z.nullable(z.string().check(z.maxLength(64))), null), null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The version `sync:settings` is at in this build. */
export const SETTINGS_VERSION = 3;

/**
 * v1 → v2: keeps every v1 choice (repairing invalid fields), adds the key-area and reminder
 * fields. Idempotent: a value that already has v2 fields (written without the version mark, e.g.
 * by hand or a test) keeps them rather than being reset.
 */
export function migrateSettingsV1ToV2(v1: unknown): Omit<Settings, 'quickTaskCadenceId'> {
  const raw: Record<string, unknown> =
    typeof v1 === 'object' && v1 !== null ? (v1 as Record<string, unknown>) : {};
  const old = settingsV1Schema().parse(raw);
  const reminder = dailyReminderSchema.safeParse(raw.dailyReminder);
  return {
    ...old,
    syncApiKey: raw.syncApiKey === true,
    dailyReminder:
      raw.dailyReminder !== undefined && reminder.success
        ? reminder.data
        : { enabled: false, time: old.defaultDueTime },
  };
}

/**
 * v2 → v3: keeps every v2 choice; Quick task keeps creating one task. Idempotent (a value that
 * already names a cadence keeps it).
 */
export function migrateSettingsV2ToV3(v2: unknown): Settings {
  const raw: Record<string, unknown> =
    typeof v2 === 'object' && v2 !== null ? (v2 as Record<string, unknown>) : {};
  return settingsSchema.parse({ ...raw, quickTaskCadenceId: raw.quickTaskCadenceId ?? null });
}

/** The steps WXT runs, keyed by the version each produces. */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
  3: migrateSettingsV2ToV3,
};
