/**
 * The one setting the content script needs, the page button's. Content scripts cannot read the
 * extension's storage (the background limits it to trusted contexts, lib/background/
 * storage-access.ts): the background answers `getPageButtonSetting` and tells LinkedIn tabs when
 * the setting flips (`pageButtonSetting`). A background that does not answer means "show", the
 * setting's default.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/message-channel';

/** Whether the page button is on. */
export async function isPageButtonEnabled(): Promise<boolean> {
  try {
    return (await sendMessage('getPageButtonSetting', undefined)).enabled !== false;
  } catch {
    return true;
  }
}

/** Calls `onChange` when the background says the setting flipped; stops when `signal` aborts. */
export function watchPageButtonSetting(onChange: (enabled: boolean) => void, signal: AbortSignal): void {
  const remove = onMessage('pageButtonSetting', ({ data, sender }) => {
    // Only our background sends this (no tab, no page URL of another origin).
    if (sender.id !== browser.runtime.id || sender.tab) throw new Error('pageButtonSetting: refused sender');
    onChange(data.enabled !== false);
    return true;
  });
  signal.addEventListener('abort', remove, { once: true });
}
