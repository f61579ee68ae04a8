/**
 * "Forget key and local data" (options page): the API key in both areas and every cache and
 * draft that came from Stardex or LinkedIn. Settings and templates stay (they hold no secret),
 * and so does the outbox: undelivered tasks are discarded one by one, on purpose, in Options.
 */

import { personCacheItem, personNamesItem, teamMembersCacheItem } from '@/lib/storage/background-data';
import { apiKeyItem, syncedApiKeyItem } from '@/lib/storage/connection';
import { draftsItem, focusTaskItem, readerMissesItem } from '@/lib/storage/page-data';
import { deviceKey } from '@/lib/storage/secret-store';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';

/** The items `forgetKeyAndLocalData` removes (tests check it against the README's table). */
export const forgottenItems = [
  apiKeyItem,
  syncedApiKeyItem,
  draftsItem,
  personCacheItem,
  personNamesItem,
  dueTodayItem,
  teamMembersCacheItem,
  readerMissesItem,
  workedTasksItem,
  focusTaskItem,
];

/** Removes the key and the local data listed above. */
export async function forgetKeyAndLocalData(): Promise<void> {
  // deviceKey: the key's own store in Firefox (IndexedDB); `apiKeyItem` elsewhere, removed twice.
  await Promise.all([...forgottenItems.map((item) => item.removeValue()), deviceKey.removeValue()]);
}
