/**
 * Trailing debounce: the function runs once, `waitMs` after the last call, with the last
 * arguments. Pickers use it so typing sends at most one search per 300 ms.
 */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending call (e.g. when the picker closes). */
  cancel(): void;
}

/** Wraps `fn` so bursts of calls collapse into one trailing call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, waitMs);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}

/** The picker's search delay: never more than one search per 300 ms while typing (scripts/bench/pickers.ts). */
export const SEARCH_DEBOUNCE_MS = 300;
