/**
 * Bounded waits for the page to show something. One MutationObserver lives only while a wait is
 * pending; its callback does no DOM work, it only schedules a check at most every
 * `CHECK_INTERVAL_MS` (LinkedIn's DOM mutates constantly while it renders), by when the page
 * has rendered the changes (a check that measures no longer forces a layout). The observer and
 * timers are gone once the wait resolves, times out or is aborted.
 */
import { isFreshRead, type PageSnapshot, type StaleCard } from './fresh-read';

/** Checks between two DOM changes are spaced at least this far apart. */
export const CHECK_INTERVAL_MS = 75;

export interface DomWaitOptions {
  timeoutMs: number;
  /** False when the page cannot show it yet (the previous view is still up): the first look waits for a change. */
  lookNow?: boolean;
  /** What to observe: the closest node that survives LinkedIn's route changes. */
  root: Node;
  /** Which changes under `root` call for a check (default: nodes and text). */
  changes?: MutationObserverInit;
  signal?: AbortSignal;
}

export type DomWaitOutcome<T> = { value: T } | { value: null; reason: 'timeout' | 'aborted' };

/**
 * Resolves with the first non-null `check()`: now, after DOM changes, or at the deadline (one
 * last look); null when the time is up or the wait is aborted.
 */
export function waitForDom<T>(check: () => T | null, options: DomWaitOptions): Promise<DomWaitOutcome<T>> {
  const { signal } = options;
  const first = options.lookNow === false ? null : check();
  if (first !== null) return Promise.resolve({ value: first });
  if (signal?.aborted) return Promise.resolve({ value: null, reason: 'aborted' });

  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(look, CHECK_INTERVAL_MS);
    });
    const deadline = setTimeout(() => {
      const value = check();
      finish(value === null ? { value: null, reason: 'timeout' } : { value });
    }, options.timeoutMs);
    const onAbort = () => finish({ value: null, reason: 'aborted' });

    function look(): void {
      pending = undefined;
      const value = check();
      if (value !== null) finish({ value });
    }
    function finish(outcome: DomWaitOutcome<T>): void {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    }

    // Text nodes are updated in place when LinkedIn reuses the top card for the next person.
    observer.observe(
      options.root,
      options.changes ?? { childList: true, subtree: true, characterData: true },
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface WaitOptions extends DomWaitOptions {
  url: string;
  key: string | null;
  stale: StaleCard | null;
}

export type WaitOutcome =
  | { fresh: true; snapshot: PageSnapshot }
  | { fresh: false; reason: 'timeout' | 'aborted'; snapshot: PageSnapshot };

/** Resolves with the first fresh snapshot, or with the last one when the time is up or aborted. */
export async function waitForFreshSnapshot(
  snap: () => PageSnapshot,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const { url, key, stale } = options;
  let last: PageSnapshot | undefined;
  const outcome = await waitForDom(() => {
    last = snap();
    return isFreshRead(last, url, key, stale) ? last : null;
  }, options);
  if (outcome.value !== null) return { fresh: true, snapshot: outcome.value };
  // Aborted: the page as it is now (the last look was not taken).
  const snapshot = outcome.reason === 'aborted' ? snap() : (last ?? snap());
  return { fresh: false, reason: outcome.reason, snapshot };
}
