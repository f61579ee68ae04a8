/**
 * "Forget key and local data": the key, drafts, cached lookups and the outbox leave this device.
 * The outbox is emptied through the background (it is the outbox's only writer).
 */
import { sendMessage } from '@/lib/messaging';
import { apiBaseUrlItem, apiKeyItem, draftsItem, personCacheItem } from '@/lib/storage';

/** Removes everything this device keeps for the recruiter, except their preferences. */
export async function forgetLocalData(): Promise<void> {
  const items = await sendMessage('listOutbox', undefined).catch(() => []);
  await Promise.all(
    items.map((item) => sendMessage('discardOutboxItem', { clientId: item.clientId }).catch(() => false)),
  );
  // TODO(sync key): when settings.syncApiKey is on, the background also keeps the key in sync:;
  // the helper that moves the key between areas must clear it there too (see SyncKeyToggle).
  await Promise.all([
    apiKeyItem.removeValue(),
    apiBaseUrlItem.removeValue(),
    draftsItem.removeValue(),
    personCacheItem.removeValue(),
  ]);
}
