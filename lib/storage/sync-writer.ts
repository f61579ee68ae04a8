/**
 * Writes to `sync:` items that respect the sync quotas: a size check before the write (clear
 * error instead of a silent failure) and a debounce so typing in the options page does not burn
 * through Chrome's 120 writes a minute.
 *
 *   const saveTemplates = createDebouncedSyncWriter(templatesItem, 'templates', 800);
 *   saveTemplates(next).catch((e) => e instanceof SyncQuotaError && showError(e.message));
 */
import { browser } from 'wxt/browser';
import { checkSyncWrite, SyncQuotaError, toSyncQuotaError } from '@/lib/storage/sync-quota';

/** The part of a WXT storage item the writers need. */
export interface WritableItem<T> {
  key: string;
  setValue(value: T): Promise<void>;
}

/** The area-less key of `sync:foo` ('foo'); throws for items in other areas (a programming error). */
function syncKey(item: { key: string }): string {
  if (!item.key.startsWith('sync:')) throw new Error(`${item.key} is not a sync item`);
  return item.key.slice('sync:'.length);
}

/**
 * Writes `value` to a sync item after checking it fits. Rejects with a SyncQuotaError (message
 * for the recruiter) when it would not, and also when the browser itself refuses for quota.
 */
export async function writeSyncItem<T>(item: WritableItem<T>, value: T, label?: string): Promise<void> {
  const key = syncKey(item);
  const current = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const problem = checkSyncWrite(key, value, current, label);
  if (problem) throw new SyncQuotaError(problem);
  try {
    await item.setValue(value);
  } catch (error) {
    throw toSyncQuotaError(error, key, label) ?? error;
  }
}

/** A debounced writer: every call returns a promise for the write that finally carries its value. */
export type DebouncedWriter<T> = ((value: T) => Promise<void>) & {
  /** Writes a pending value now (e.g. when the page is hidden). */
  flush(): Promise<void>;
};

/** Collapses bursts of writes to one sync item into one write `delayMs` after the last call. */
export function createDebouncedSyncWriter<T>(
  item: WritableItem<T>,
  label: string,
  delayMs = 800,
): DebouncedWriter<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T; waiters: { resolve(): void; reject(e: unknown): void }[] } | null = null;

  const run = async () => {
    timer = undefined;
    const batch = pending;
    pending = null;
    if (!batch) return;
    try {
      await writeSyncItem(item, batch.value, label);
      for (const w of batch.waiters) w.resolve();
    } catch (error) {
      for (const w of batch.waiters) w.reject(error);
    }
  };

  const write = (value: T) =>
    new Promise<void>((resolve, reject) => {
      const waiters = pending?.waiters ?? [];
      waiters.push({ resolve, reject });
      pending = { value, waiters };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    });
  write.flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    await run();
  };
  return write;
}
