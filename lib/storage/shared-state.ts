/**
 * What the background publishes for the extension's pages to read at once, without waking it:
 * whether a key is set up, my tasks due today and the tasks I worked. Written by the background only. Apart from
 * background-data.ts so the popup's first screen loads these two small items and not the outbox's
 * schema and caches.
 */

import { type DueToday, emptyDueToday } from '@/lib/due-today/due-today-schema';
import type { SetupState } from '@/lib/messaging';
import type { WorkedTasks } from '@/lib/tasks/worked-tasks';
import { defineItem } from './define-item';

/**
 * My LinkedIn tasks due today or overdue, as last fetched (validate with `dueTodaySchema`).
 * Written by the background (lib/due-today) at most every few minutes; read by the popup and the
 * badge. Cleared with the API key.
 */
export const dueTodayItem = defineItem<DueToday>('local:dueToday', { fallback: emptyDueToday });

/**
 * Whether a key is set up, the base URL and whether it is the sandbox — `getSetupState`'s answer,
 * holding no secret. Written by the background at start and whenever the key or URL changes, so
 * the popup shows the form without waiting for a stopped service worker to start. Never cleared.
 */
export const setupStateItem = defineItem<SetupState | null>('local:setupState', { fallback: null });

/**
 * Tasks worked and logged from the extension (lib/tasks/worked-tasks.ts): the whole set on this
 * device, with what browser sync brought from the recruiter's other browsers merged in. The
 * extension's lists show these as done. Written by the background; read by the popup and panel.
 */
export const workedTasksItem = defineItem<WorkedTasks>('local:workedTasks', { fallback: {} });

/** The most recently worked of them, for the recruiter's other browsers (a few KB at most). */
export const syncedWorkedTasksItem = defineItem<WorkedTasks>('sync:workedTasks', { fallback: {} });
