import { checkCadencesQuota } from '@/lib/cadence/cadence-quota';
import { cadencesItem } from '@/lib/storage/preferences';
import {
  type Cadence,
  type CadenceList,
  initialCadenceList,
  parseCadences,
  storedCadencesSchema,
} from '@/lib/tasks/cadence-schema';
import type { LiveEdits } from './live-edits';
import { useSyncedEdits } from './use-synced-edits';

/** One edit of the cadence list: from the list as shown to the next (the same list when it cannot apply). */
export type EditList = (change: (list: Cadence[]) => Cadence[]) => void;
type Live = LiveEdits<CadenceList>;

/** Compared as stored (names trimmed, …), so our own write coming back is not taken for someone else's. */
const sameAsStored = (list: readonly Cadence[], stored: CadenceList | null) =>
  stored !== null && JSON.stringify(parseCadences([...list])) === JSON.stringify(stored.cadences);
const hasUnsaved = (live: Live) =>
  live.pending.cadences !== undefined && !sameAsStored(live.pending.cadences, live.stored);

/**
 * The cadence list as the page shows it (null until read): each edit shows at once and is written
 * 400 ms after the last one, if it fits in sync. The whole list is one pending edit, so a change
 * from another device shows once what is typed here is saved (it is not merged into it).
 */
export function useCadenceList(): { cadences: Cadence[] | null; edit: EditList; error: string | null } {
  const synced = useSyncedEdits<CadenceList>({
    item: cadencesItem,
    schema: storedCadencesSchema,
    fallback: initialCadenceList(),
    label: 'cadences',
    delayMs: 400,
    // The cadence check words the 8 KB limit for this list; the writer still checks the area's total.
    check: (next) => checkCadencesQuota(next)?.message ?? null,
    hasUnsaved,
  });
  const edit: EditList = (change) => {
    const shown = synced.current();
    if (shown === null) return;
    const next = change(shown.cadences);
    if (next === shown.cadences) return; // the edit could not apply (a limit, a stale index)
    synced.edit({ cadences: next });
  };
  return { cadences: synced.value?.cadences ?? null, edit, error: synced.error };
}
