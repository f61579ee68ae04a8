/**
 * What the form reads and writes in storage: settings, templates, last used choices and drafts.
 * Never the API key (that stays with the background and the options page).
 */

import { type Draft, draftKey, parseDrafts, putDraft } from '@/lib/form/draft';
import type { SetupState } from '@/lib/messaging';
import type { ReadHealth } from '@/lib/profile/read-report';
import { addReaderMiss, parseReaderMisses } from '@/lib/profile/reader-misses';
import { type FormBootValues, readFormBootValues } from '@/lib/storage/form-boot-keys';
import { draftsItem, readerMissesItem } from '@/lib/storage/page-data';
import { parseOr } from '@/lib/storage/parse-or';
import {
  defaultSettings,
  type LastUsed,
  lastUsedItem,
  lastUsedSchema,
  SETTINGS_VERSION,
  type Settings,
  settingsItem,
  settingsSchema,
  templatesSchema,
} from '@/lib/storage/preferences';
import { writeSyncItem } from '@/lib/storage/sync-writer';
import { type Cadence, parseCadences } from '@/lib/tasks/cadence-schema';
import type { TaskType } from '@/lib/tasks/task-schema';

export interface FormBoot {
  settings: Settings;
  lastUsed: LastUsed;
  templates: Partial<Record<TaskType, string>>;
  drafts: Record<string, Draft>;
  /** The recruiter's cadences (lib/cadence), for the form's "Cadence" control. */
  cadences: Cadence[];
  /** "Link to a job, deal or client" open, as the recruiter left it. */
  linksOpen: boolean;
  /** What the background last published about the key (null before it ever has). */
  setup: SetupState | null;
}

const isSetupState = (v: unknown): v is SetupState =>
  typeof v === 'object' && v !== null && typeof (v as SetupState).hasApiKey === 'boolean';

/**
 * Everything the form needs from storage, validated and never throwing: one read per area (the
 * popup's first screen waits on it). Settings stored by an older version are read through their
 * item, which migrates them first.
 */
export async function loadFormBoot(
  values: Promise<FormBootValues> = readFormBootValues(),
): Promise<FormBoot> {
  const {
    settings: settingsRaw,
    settingsMeta,
    lastUsed,
    templates,
    cadences,
    drafts,
    setupState: setup,
    formLayout: layout,
  } = await values;
  const current = settingsRaw == null || (settingsMeta as { v?: number } | null)?.v === SETTINGS_VERSION;
  const settings = current ? settingsRaw : await settingsItem.getValue().catch(() => null);
  return {
    setup: isSetupState(setup) ? setup : null,
    cadences: parseCadences(cadences),
    linksOpen: (layout as { linksOpen?: unknown } | null)?.linksOpen === true,
    settings: parseOr(settingsSchema, settings, defaultSettings),
    lastUsed: parseOr(lastUsedSchema, lastUsed, { taskType: null, ownerIds: null }),
    templates: parseOr(templatesSchema, templates, {}),
    drafts: parseDrafts(drafts),
  };
}

let draftWrites: Promise<void> = Promise.resolve();

/** Stores (or, with null, removes) the draft for a profile. Writes run one after another. */
export function saveDraft(profileUrl: string, draft: Draft | null): Promise<void> {
  draftWrites = draftWrites
    .catch(() => undefined)
    .then(async () => {
      const drafts = parseDrafts(await draftsItem.getValue());
      await draftsItem.setValue(putDraft(drafts, draftKey(profileUrl), draft, Date.now()));
    });
  return draftWrites;
}

/** Remembers the task type and owners of a submitted task for the next form. */
export async function saveLastUsed(taskType: TaskType, ownerIds: string[]): Promise<void> {
  await lastUsedItem.setValue({ taskType, ownerIds });
}

/**
 * Stores the recruiter's answer to "Which one is you?" as the synced "This is me" setting (the one
 * Options shows), so the form asks once, on every device.
 */
export async function saveMeTeamMember(meTeamMemberId: string): Promise<void> {
  const current = parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings);
  await writeSyncItem(settingsItem, { ...current, meTeamMemberId }, 'settings');
}

/** Remembers a task type as soon as it is chosen ("the last choice is remembered"). */
export async function rememberTaskType(taskType: TaskType): Promise<void> {
  const current = parseOr(lastUsedSchema, await lastUsedItem.getValue(), { taskType: null, ownerIds: null });
  await lastUsedItem.setValue({ ...current, taskType });
}

/** Adds a read that missed fields to Options' list of recent misses (a complete read adds nothing). */
export async function recordReaderMiss(health: ReadHealth): Promise<void> {
  if (health.missed.length === 0) return;
  const list = parseReaderMisses(await readerMissesItem.getValue());
  await readerMissesItem.setValue(addReaderMiss(list, health, Date.now()));
}
