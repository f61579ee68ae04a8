import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkCadencesQuota } from '@/lib/cadence/cadence-quota';
import {
  type Cadence,
  type CadenceList,
  initialCadenceList,
  parseCadences,
  storedCadencesSchema,
} from '@/lib/cadence/cadence-schema';
import { cadencesItem } from '@/lib/storage/preferences';
import { createDebouncedSyncWriter } from '@/lib/storage/sync-writer';
import { followStoredValue } from '@/lib/storage/use-stored-value';
import {
  editFields,
  emptyLiveEdits,
  type LiveEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

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
  const [live, setLive] = useState<Live>(emptyLiveEdits);
  const latest = useRef(live);
  const apply = (step: (prev: Live) => Live) => {
    latest.current = step(latest.current);
    setLive(latest.current);
  };
  const [error, setError] = useState<string | null>(null);
  const save = useMemo(() => createDebouncedSyncWriter(cadencesItem, 'cadences', 400), []);
  const saveShown = () => {
    const next = shownValue(latest.current);
    if (next === null) return;
    // The cadence check words the 8 KB limit for this list; the writer still checks the area's total.
    const problem = checkCadencesQuota(next);
    setError(problem?.message ?? null);
    if (problem) return;
    save(next)
      .then(() => apply((prev) => settleWrite(prev, next)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    const unfollow = followStoredValue(cadencesItem, storedCadencesSchema, initialCadenceList(), (value) => {
      apply((prev) => receiveStored(prev, value));
      if (hasUnsaved(latest.current)) saveShown();
    });
    const flush = () => {
      if (document.visibilityState === 'hidden') void save.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      unfollow();
      document.removeEventListener('visibilitychange', flush);
    };
  }, [save]);
  const edit: EditList = (change) => {
    const shown = shownValue(latest.current);
    if (shown === null) return;
    const next = change(shown.cadences);
    if (next === shown.cadences) return; // the edit could not apply (a limit, a stale index)
    apply((prev) => editFields(prev, { cadences: next }));
    saveShown();
  };
  return { cadences: shownValue(live)?.cadences ?? null, edit, error };
}
