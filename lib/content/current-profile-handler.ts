/**
 * Answers the popup's `readCurrentProfile` with the profile the tab's CURRENT URL names (see
 * profile-tracker.ts), never one left over from before an SPA navigation.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/message-channel';
import type { ProfileTracker } from './profile-tracker';

/**
 * `requestSchemas.readCurrentProfile` (nothing: undefined, null or `{}`), checked by hand: the
 * protocol module would bring every request schema into the content script's bundle. A test
 * keeps the two equal.
 */
export function isEmptyRequest(data: unknown): boolean {
  if (data === undefined || data === null) return true;
  return typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0;
}

/** Registers the handler until `signal` aborts (the content script's context is invalidated). */
export function registerCurrentProfileHandler(tracker: ProfileTracker, signal: AbortSignal): void {
  const remove = onMessage('readCurrentProfile', async ({ data, sender }) => {
    // Only this extension's own pages and scripts may ask; other extensions reach us by id too.
    if (sender.id !== browser.runtime.id) throw new Error('readCurrentProfile: refused sender');
    if (!isEmptyRequest(data)) throw new Error('readCurrentProfile: malformed request');
    return tracker.current();
  });
  signal.addEventListener('abort', remove, { once: true });
}
