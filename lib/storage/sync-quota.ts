/**
 * Chrome's (and Firefox's) `storage.sync` quotas, checked before we write instead of after the
 * browser refuses: a template set that would not fit gets a clear message, not a silent failure.
 *
 *   const problem = checkSyncWrite('templates', next, await readSyncArea());
 *   if (problem) showError(problem.message);
 */

/** The documented limits of `chrome.storage.sync` (Firefox uses the same numbers). */
export const SYNC_QUOTA = {
  bytesPerItem: 8_192,
  totalBytes: 102_400,
  maxItems: 512,
  writesPerMinute: 120,
} as const;

const encoder = new TextEncoder();

/** Bytes an item costs in sync storage: its key plus its JSON, in UTF-8 (how Chrome measures it). */
export function syncItemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

export interface SyncQuotaProblem {
  kind: 'item_too_large' | 'area_full' | 'too_many_items';
  key: string;
  bytes: number;
  limit: number;
  message: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The problem writing `value` under `key` would cause, given everything currently in the sync
 * area (`current`, as `storage.sync.get(null)` returns it), or null when it fits.
 */
export function checkSyncWrite(
  key: string,
  value: unknown,
  current: Record<string, unknown>,
  label = key,
): SyncQuotaProblem | null {
  const bytes = syncItemBytes(key, value);
  if (bytes > SYNC_QUOTA.bytesPerItem) {
    return {
      kind: 'item_too_large',
      key,
      bytes,
      limit: SYNC_QUOTA.bytesPerItem,
      message: `Your ${label} take ${kb(bytes)}, more than the ${kb(SYNC_QUOTA.bytesPerItem)} browser sync allows. Shorten them by about ${kb(bytes - SYNC_QUOTA.bytesPerItem)} and save again.`,
    };
  }
  let total = bytes;
  for (const [otherKey, otherValue] of Object.entries(current)) {
    if (otherKey !== key) total += syncItemBytes(otherKey, otherValue);
  }
  if (total > SYNC_QUOTA.totalBytes) {
    return {
      kind: 'area_full',
      key,
      bytes: total,
      limit: SYNC_QUOTA.totalBytes,
      message: `Saving your ${label} would fill browser sync storage (${kb(total)} of ${kb(SYNC_QUOTA.totalBytes)}). Shorten them and save again.`,
    };
  }
  const items = Object.keys(current).filter((k) => k !== key).length + 1;
  if (items > SYNC_QUOTA.maxItems) {
    return {
      kind: 'too_many_items',
      key,
      bytes: items,
      limit: SYNC_QUOTA.maxItems,
      message: `Browser sync storage holds at most ${SYNC_QUOTA.maxItems} entries.`,
    };
  }
  return null;
}

/** Thrown by the sync writers when a value would break a quota; `message` is for the recruiter. */
export class SyncQuotaError extends Error {
  readonly problem: SyncQuotaProblem;
  constructor(problem: SyncQuotaProblem) {
    super(problem.message);
    this.name = 'SyncQuotaError';
    this.problem = problem;
  }
}

/** Turns the browser's own quota rejection (text varies by browser) into a SyncQuotaError. */
export function toSyncQuotaError(error: unknown, key: string, label = key): SyncQuotaError | null {
  const text = error instanceof Error ? error.message : String(error);
  if (!/QUOTA_BYTES|quota/i.test(text)) return null;
  const writes = /MAX_WRITE_OPERATIONS/i.test(text);
  return new SyncQuotaError({
    kind: writes ? 'area_full' : 'item_too_large',
    key,
    bytes: 0,
    limit: writes ? SYNC_QUOTA.writesPerMinute : SYNC_QUOTA.bytesPerItem,
    message: writes
      ? `Too many changes to your ${label} in a minute for browser sync; wait a moment and save again.`
      : `Your ${label} do not fit in browser sync storage (${text}).`,
  });
}
