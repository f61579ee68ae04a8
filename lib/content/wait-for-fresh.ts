/**
 * Waits, bounded, until the page shows the profile a URL names. One MutationObserver lives only
 * while a wait is pending; its callback does no DOM work, it only schedules a read at most every
 * `CHECK_INTERVAL_MS` (LinkedIn's DOM mutates constantly while it renders). The observer and
 * timers are gone once the wait resolves, times out or is aborted.
 */
import { isFreshRead, type PageSnapshot, type StaleCard } from './fresh-read';

/** Reads between two checks are spaced at least this far apart. */
export const CHECK_INTERVAL_MS = 75;

export interface WaitOptions {
  url: string;
  key: string | null;
  stale: StaleCard | null;
  timeoutMs: number;
  /** What to observe: the closest node that survives LinkedIn's route changes. */
  root: Node;
  signal?: AbortSignal;
}

export type WaitOutcome =
  | { fresh: true; snapshot: PageSnapshot }
  | { fresh: false; reason: 'timeout' | 'aborted'; snapshot: PageSnapshot };

/** Resolves with the first fresh snapshot, or with the last one when the time is up or aborted. */
export function waitForFreshSnapshot(snap: () => PageSnapshot, options: WaitOptions): Promise<WaitOutcome> {
  const { url, key, stale, signal } = options;
  const first = snap();
  if (isFreshRead(first, url, key, stale)) return Promise.resolve({ fresh: true, snapshot: first });
  if (signal?.aborted) return Promise.resolve({ fresh: false, reason: 'aborted', snapshot: first });

  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, CHECK_INTERVAL_MS);
    });
    const deadline = setTimeout(() => finishWithLastLook('timeout'), options.timeoutMs);
    const onAbort = () => finishWithLastLook('aborted');

    function check(): void {
      pending = undefined;
      const snapshot = snap();
      if (isFreshRead(snapshot, url, key, stale)) finish({ fresh: true, snapshot });
    }
    function finishWithLastLook(reason: 'timeout' | 'aborted'): void {
      const snapshot = snap();
      const fresh = reason === 'timeout' && isFreshRead(snapshot, url, key, stale);
      finish(fresh ? { fresh: true, snapshot } : { fresh: false, reason, snapshot });
    }
    function finish(outcome: WaitOutcome): void {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    }

    // Text nodes are updated in place when LinkedIn reuses the top card for the next person.
    observer.observe(options.root, { childList: true, subtree: true, characterData: true });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
