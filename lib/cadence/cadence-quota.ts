/**
 * Whether the cadences fit in browser sync before the Options page saves them. The schema's
 * limits bound each field, but not the sum: 20 cadences of 10 long steps would be ~200 KB, and
 * Chrome refuses any item over 8 KB. The check says so in words, in time to shorten something.
 *
 *   const problem = checkCadencesQuota(next, await browser.storage.sync.get(null));
 *   if (problem) showError(problem.message); else await cadencesItem.setValue(next);
 */

import { checkSyncWrite, SYNC_QUOTA, type SyncQuotaProblem, syncItemBytes } from '@/lib/storage/sync-quota';
import type { CadenceList } from '@/lib/tasks/cadence-schema';

/** The key `sync:cadences` has in `storage.sync` (WXT drops the area prefix). */
export const CADENCES_SYNC_KEY = 'cadences';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The quota problem saving `value` would cause, or null when it fits. `current` is the sync area
 * as `storage.sync.get(null)` returns it, for the 100 KB total; left out, only the 8 KB item
 * limit is checked (enough while typing, when the area has not been read).
 */
export function checkCadencesQuota(
  value: CadenceList,
  current: Record<string, unknown> = {},
): SyncQuotaProblem | null {
  const bytes = syncItemBytes(CADENCES_SYNC_KEY, value);
  if (bytes > SYNC_QUOTA.bytesPerItem) {
    return {
      kind: 'item_too_large',
      key: CADENCES_SYNC_KEY,
      bytes,
      limit: SYNC_QUOTA.bytesPerItem,
      message: `Cadences take ${kb(bytes)}; Chrome sync allows ${SYNC_QUOTA.bytesPerItem / 1024} KB per item — shorten or delete some.`,
    };
  }
  // The area's total and item count are worded well by the shared check.
  return checkSyncWrite(CADENCES_SYNC_KEY, value, current, 'cadences');
}

/** How full the cadences item is (0–1, may pass 1), for a "3.2 of 8 KB used" hint in Options. */
export function cadencesQuotaShare(value: CadenceList): number {
  return syncItemBytes(CADENCES_SYNC_KEY, value) / SYNC_QUOTA.bytesPerItem;
}
