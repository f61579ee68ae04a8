/**
 * A stored object as the options page shows it: the last stored value with the recruiter's edits
 * that are not yet saved laid over it. A change arriving from another window or device replaces
 * the stored part only, so it never overwrites a field being edited; once an edit is saved, its
 * field follows the stored value again.
 */

/** The stored value (null until first read) and the fields edited here but not yet saved. */
export interface LiveEdits<T extends object> {
  stored: T | null;
  pending: Partial<T>;
}

/** Nothing read yet and nothing edited. */
export function emptyLiveEdits<T extends object>(): LiveEdits<T> {
  return { stored: null, pending: {} };
}

/** What the page shows: the stored value with the pending edits over it (null until read). */
export function shownValue<T extends object>(live: LiveEdits<T>): T | null {
  return live.stored && { ...live.stored, ...live.pending };
}

/** A new stored value arrived (first read, this window's own write, or another device). */
export function receiveStored<T extends object>(live: LiveEdits<T>, stored: T): LiveEdits<T> {
  return { ...live, stored };
}

/** The recruiter changed some fields here; they win over stored values until saved. */
export function editFields<T extends object>(live: LiveEdits<T>, patch: Partial<T>): LiveEdits<T> {
  return { ...live, pending: { ...live.pending, ...patch } };
}

/**
 * `written` was saved. It becomes the stored value (the watch may report it a moment later), and
 * pending fields it carries are settled — unless they were edited again since, which stay pending.
 */
export function settleWrite<T extends object>(live: LiveEdits<T>, written: T): LiveEdits<T> {
  const pending: Partial<T> = {};
  for (const key of Object.keys(live.pending) as (keyof T)[]) {
    if (!Object.is(live.pending[key], written[key])) pending[key] = live.pending[key];
  }
  return { stored: written, pending };
}

/** Whether some pending field differs from the stored value (a write is still owed). */
export function hasUnsavedEdits<T extends object>(live: LiveEdits<T>): boolean {
  return (Object.keys(live.pending) as (keyof T)[]).some(
    (key) => !live.stored || !Object.is(live.pending[key], live.stored[key]),
  );
}
