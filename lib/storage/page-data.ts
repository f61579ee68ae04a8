/**
 * What the extension's pages (popup, panel) keep on this device: unsent drafts, and the reader's
 * recent misses that Options lists. Local only; cleared by "Forget key and local data".
 */
import { defineItem } from './define-item';

/**
 * Unsent task forms per person (key: `draftKey(profileUrl)` from lib/form/draft.ts; values
 * validated with `parseDrafts`). Written by the popup/panel as the recruiter types; an entry is
 * removed when its task is created or queued, or when the recruiter discards it; entries older
 * than 30 days are pruned on every write. Cleared by "Forget key and local data".
 */
export const draftsItem = defineItem<Record<string, unknown>>('local:drafts', { fallback: {} });

/**
 * Recent reads that missed fields their layout normally shows (lib/profile/reader-misses.ts;
 * validate with `parseReaderMisses`): layout, page kind, URL pattern, field and strategy names, never the
 * person. Written by the popup/panel when a form opens on such a read; shown in Options; cleared
 * with the API key.
 */
export const readerMissesItem = defineItem<unknown[]>('local:readerMisses', { fallback: [] });

/**
 * How the recruiter left the form's layout: whether "Link to a job, deal or client" is open.
 * Written by the popup/panel when it is toggled; never cleared (it holds no data).
 */
export const formLayoutItem = defineItem<{ linksOpen: boolean }>('local:formLayout', {
  fallback: { linksOpen: false },
});

/**
 * The task the recruiter chose in Due today, for the form on that person's profile to show first,
 * ready to copy and log (`{taskId, profileUrl, at}`; validate with `focusTaskSchema` from
 * lib/form/focus-task.ts). Written by the popup or panel as a due task opens
 * (lib/pages/open-due-task.ts); read by the next form on that profile within a few minutes.
 */
export const focusTaskItem = defineItem<unknown>('local:focusTask', { fallback: null });
