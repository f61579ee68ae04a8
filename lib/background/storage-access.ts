/**
 * Keeps the extension's storage out of content scripts' reach. Chrome and Edge share `local` and
 * `sync` with content scripts unless told otherwise (`session` is trusted-only by default): the
 * API key, the outbox, drafts and caches would be one `chrome.storage.local.get` away from code
 * running in a LinkedIn tab. Firefox has no such switch; there the key lives in the extension
 * origin's IndexedDB instead (lib/storage/secret-store.ts). Called on every worker start; the
 * setting persists, so calling again is free.
 */
import { browser } from 'wxt/browser';

type Area = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };

/** Restricts every storage area that supports it to the extension's own pages and worker. */
export async function restrictStorageToTrustedContexts(): Promise<string[]> {
  const restricted: string[] = [];
  for (const name of ['local', 'sync', 'session'] as const) {
    const area = (browser.storage as unknown as Record<string, Area | undefined>)[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      restricted.push(name);
    } catch {
      // Firefox has it on `session` only, and rejects it elsewhere.
    }
  }
  return restricted;
}
