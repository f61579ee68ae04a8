/**
 * The versions of `sync:settings` and the pure steps between them. `migrations[N]` turns a vN-1
 * value into a vN value; WXT runs the missing steps in order the first time the item is touched
 * after an update (lib/storage.ts). Fixtures of every old shape live in `__fixtures__/`.
 *
 *   v1 (0.1.0 scaffold): the flat defaults — task type, due pick/time, "this is me", owners,
 *      add-missing-person, page button.
 *   v2: + `syncApiKey` (the API key's area, see lib/storage/api-key.ts) and `dailyReminder`
 *      (off by default; its time starts at the recruiter's default due time).
 */
import { z } from 'zod';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

export const duePickSchema = z.enum(['none', 'today', 'tomorrow', 'in3days', 'nextMonday', 'inAWeek']);
export type DuePick = z.infer<typeof duePickSchema>;

/** "HH:MM", 24-hour local time. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** The settings as version 1 stored them (kept to read old values; never written any more). */
export const settingsV1Schema = z.object({
  defaultTaskType: taskTypeSchema.catch('linkedin_message').default('linkedin_message'),
  defaultDuePick: duePickSchema.catch('tomorrow').default('tomorrow'),
  defaultDueTime: timeOfDaySchema.catch('09:00').default('09:00'),
  meTeamMemberId: z.uuid().nullable().catch(null).default(null),
  defaultOwnerIds: z.array(z.uuid()).catch([]).default([]),
  addMissingPerson: z.boolean().catch(true).default(true),
  showPageButton: z.boolean().catch(true).default(true),
});
export type SettingsV1 = z.infer<typeof settingsV1Schema>;

export const dailyReminderSchema = z.object({
  enabled: z.boolean().default(false),
  /** Local time of the reminder notification. */
  time: timeOfDaySchema.default('09:00'),
});
export type DailyReminder = z.infer<typeof dailyReminderSchema>;

/** The current settings (v2). Each field has a default so a partial or older value still parses. */
export const settingsSchema = z.object({
  defaultTaskType: taskTypeSchema.default('linkedin_message'),
  defaultDuePick: duePickSchema.default('tomorrow'),
  /** Local time used when a due pick has no time of its own. */
  defaultDueTime: timeOfDaySchema.default('09:00'),
  /** The team member this user is ("This is me"), chosen once in options. */
  meTeamMemberId: z.uuid().nullable().default(null),
  defaultOwnerIds: z.array(z.uuid()).default([]),
  addMissingPerson: z.boolean().default(true),
  showPageButton: z.boolean().default(true),
  /**
   * The recruiter's wish to keep the API key in `sync:` (their other Chrome devices). Changed only
   * through `setApiKeySync()` (lib/storage/api-key.ts), which moves the key in the same step.
   */
  syncApiKey: z.boolean().default(false),
  /** "Due today" reminder notification, off by default. */
  dailyReminder: dailyReminderSchema.default({ enabled: false, time: '09:00' }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The version `sync:settings` is at in this build. */
export const SETTINGS_VERSION = 2;

/**
 * v1 → v2: keeps every v1 choice (repairing invalid fields), adds the key-area and reminder
 * fields. Idempotent: a value that already has v2 fields (written without the version mark, e.g.
 * by hand or a test) keeps them rather than being reset.
 */
export function migrateSettingsV1ToV2(v1: unknown): Settings {
  const raw: Record<string, unknown> =
    typeof v1 === 'object' && v1 !== null ? (v1 as Record<string, unknown>) : {};
  const old = settingsV1Schema.parse(raw);
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

/** The steps WXT runs, keyed by the version each produces. */
export const settingsMigrations: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
};
