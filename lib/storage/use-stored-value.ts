/**
 * A Preact hook that keeps a surface in step with a stored item: the value is read once and then
 * follows every change — from this window, another window, or another device via browser sync —
 * validated with the item's zod schema each time.
 *
 *   const settings = useStoredValue(settingsItem, settingsSchema, defaultSettings);
 */
import { useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { parseOr } from '@/lib/storage/parse-or';

/** The part of a WXT storage item the hook needs. */
export interface WatchableItem {
  getValue(): Promise<unknown>;
  watch(cb: (next: unknown) => void): () => void;
}

/** Subscribes `onValue` to an item (validated); returns the unsubscribe. Usable outside Preact. */
export function followStoredValue<T>(
  item: WatchableItem,
  schema: z.core.$ZodType<T>,
  fallback: T,
  onValue: (value: T) => void,
): () => void {
  let active = true;
  let changedMeanwhile = false;
  const unwatch = item.watch((next) => {
    changedMeanwhile = true;
    onValue(parseOr(schema, next, fallback));
  });
  void item
    .getValue()
    .catch(() => null)
    .then((value) => {
      // A change that arrived while reading is newer than what the read returns.
      if (active && !changedMeanwhile) onValue(parseOr(schema, value, fallback));
    });
  return () => {
    active = false;
    unwatch();
  };
}

/** The item's current value (fallback until read), re-rendering on every change. */
export function useStoredValue<T>(item: WatchableItem, schema: z.core.$ZodType<T>, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => followStoredValue(item, schema, fallback, setValue), [item, schema, fallback]);
  return value;
}
