/**
 * A sync item edited as typed, for Options sections whose edits come fast (templates, cadences):
 * each edit shows at once and is written `delayMs` after the last one (createDebouncedSyncWriter,
 * quota-checked), pending writes are flushed when the page is hidden, and a change arriving from
 * another window or device is followed without dropping what is typed here (live-edits.ts): a
 * pending write is recomposed so it keeps both.
 *
 *   const { value, edit, current, error } = useSyncedEdits({ item: templatesItem, schema, fallback: {}, label: 'templates', delayMs: 800 });
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { createDebouncedSyncWriter, type WritableItem } from '@/lib/storage/sync-writer';
import { followStoredValue, type WatchableItem } from '@/lib/storage/use-stored-value';
import {
  editFields,
  emptyLiveEdits,
  hasUnsavedEdits,
  type LiveEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

export interface SyncedEditsOptions<T extends object> {
  item: WritableItem<T> & WatchableItem;
  schema: z.core.$ZodType<T>;
  fallback: T;
  /** The item's name in quota messages. */
  label: string;
  delayMs: number;
  /** A problem in words that keeps a value from being written (null: write it). */
  check?: (next: T) => string | null;
  /** Whether edits are still unsaved (default: any pending field differs from the stored one). */
  hasUnsaved?: (live: LiveEdits<T>) => boolean;
}

export function useSyncedEdits<T extends object>(options: SyncedEditsOptions<T>) {
  const { item, schema, fallback, label, delayMs, check, hasUnsaved = hasUnsavedEdits } = options;
  const [live, setLive] = useState<LiveEdits<T>>(emptyLiveEdits);
  // The latest state for handlers that run between renders (two quick edits build on each other).
  const latest = useRef(live);
  const apply = (step: (prev: LiveEdits<T>) => LiveEdits<T>) => {
    latest.current = step(latest.current);
    setLive(latest.current);
  };
  const [error, setError] = useState<string | null>(null);
  const save = useMemo(() => createDebouncedSyncWriter(item, label, delayMs), []);
  const saveShown = () => {
    const next = shownValue(latest.current) ?? fallback;
    if (check) {
      const problem = check(next);
      setError(problem);
      if (problem) return;
    }
    save(next)
      .then(() => {
        apply((prev) => settleWrite(prev, next));
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    const unfollow = followStoredValue(item, schema, fallback, (value) => {
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
  return {
    /** The value as shown (null until read). */
    value: shownValue(live),
    /** The value as shown right now, for an edit computed from it between renders. */
    current: () => shownValue(latest.current),
    /** Shows `patch` at once and schedules its write. */
    edit: (patch: Partial<T>) => {
      apply((prev) => editFields(prev, patch));
      saveShown();
    },
    /** Why the last write was refused or failed, in words; null when it worked. */
    error,
  };
}
