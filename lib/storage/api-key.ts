/**
 * The API key, in one place. It lives in exactly one area: `local:apiKey` by default, or
 * `sync:apiKey` when the recruiter opted into syncing it to their other devices (settings'
 * `syncApiKey`). Every read and write of the key goes through these functions; the background
 * reads it only with `getApiKey()`.
 *
 *   await setApiKeySync(true);      // options toggle: moves the key to sync:, no local copy left
 *   const key = await getApiKey();  // background, before each request
 */

import { syncedApiKeyItem } from '@/lib/storage/connection';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, settingsItem, settingsSchema } from '@/lib/storage/preferences';
import { deviceKey as apiKeyItem, keyInIndexedDb } from '@/lib/storage/secret-store';

async function readFlag(): Promise<boolean> {
  return parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings).syncApiKey;
}

const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The key to use ('' when none): from the area the setting names, else from the other one. */
export async function getApiKey(): Promise<string> {
  const [flag, local, synced] = await Promise.all([
    readFlag(),
    apiKeyItem.getValue(),
    syncedApiKeyItem.getValue(),
  ]);
  const [first, second] = flag ? [clean(synced), clean(local)] : [clean(local), clean(synced)];
  return first || second;
}

/** Stores the key in its area and removes it from the other; '' forgets it everywhere. */
export async function setApiKey(key: string): Promise<void> {
  const value = key.trim();
  const flag = await readFlag();
  const [target, other] = flag ? [syncedApiKeyItem, apiKeyItem] : [apiKeyItem, syncedApiKeyItem];
  if (value === '') {
    await Promise.all([apiKeyItem.removeValue(), syncedApiKeyItem.removeValue()]);
    return;
  }
  await target.setValue(value);
  await other.removeValue();
}

/**
 * The "Sync my API key" toggle: stores the choice in settings and moves the key to `sync:`
 * (enabled) or back to `local:` (disabled) in the same step, never leaving a copy behind.
 * Call this from the toggle rather than writing `settings.syncApiKey` yourself.
 */
export async function setApiKeySync(enabled: boolean): Promise<void> {
  // Firefox shares browser sync with content scripts: the key is never put there.
  if (enabled && keyInIndexedDb) throw new Error('Syncing the API key is not available in Firefox');
  const key = await getApiKey();
  const settings = parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings);
  if (enabled) {
    await settingsItem.setValue({ ...settings, syncApiKey: true });
    if (key) await syncedApiKeyItem.setValue(key);
    await apiKeyItem.removeValue();
  } else {
    // The flag first: another device then keeps the key it sees leaving sync (registerApiKeySync).
    if (key) await apiKeyItem.setValue(key);
    await settingsItem.setValue({ ...settings, syncApiKey: false });
    await syncedApiKeyItem.removeValue();
  }
}

/**
 * Brings this device in line after a change synced from another one: with syncing on, a synced
 * key replaces the local copy; with syncing off, a synced key (or `leavingSyncKey`, one that just
 * left sync because another device opted out) is kept locally when this device has none. It never
 * removes the synced key: only the device that toggles does, so changes arriving out of order
 * from another device cannot undo its choice.
 */
export async function reconcileApiKeyArea(leavingSyncKey = ''): Promise<void> {
  const [flag, local, synced] = await Promise.all([
    readFlag(),
    apiKeyItem.getValue(),
    syncedApiKeyItem.getValue(),
  ]);
  if (flag) {
    if (clean(synced) && clean(local)) await apiKeyItem.removeValue();
    return;
  }
  const incoming = clean(synced) || clean(leavingSyncKey);
  if (incoming && !clean(local)) await apiKeyItem.setValue(incoming);
}

/** Calls `onChange` with the key in use whenever it changes in either area. Returns an unwatch. */
export function watchApiKey(onChange: (key: string) => void): () => void {
  const report = () => {
    void getApiKey().then(onChange);
  };
  const unwatch = [apiKeyItem.watch(report), syncedApiKeyItem.watch(report), settingsItem.watch(report)];
  return () => {
    for (const stop of unwatch) stop();
  };
}

/** Background: keeps the key's area right as settings and keys sync in from other devices. */
export function registerApiKeySync(): () => void {
  void reconcileApiKeyArea();
  const unwatchSettings = settingsItem.watch(() => void reconcileApiKeyArea());
  const unwatchKey = syncedApiKeyItem.watch((next, previous) => {
    void reconcileApiKeyArea(clean(next) ? '' : clean(previous));
  });
  return () => {
    unwatchSettings();
    unwatchKey();
  };
}
