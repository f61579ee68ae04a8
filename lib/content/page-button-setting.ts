/**
 * The one setting the content script needs, the page button's. Content scripts cannot read the
 * extension's storage (the background limits it to trusted contexts, lib/background/
 * storage-access.ts): the background answers `getPageButtonSetting` and tells LinkedIn tabs when
 * the setting flips (`pageButtonSetting`, answered in register-linkedin.ts). A background that does not answer means "show", the
 * setting's default.
 */
import { sendMessage } from '@/lib/messaging';

/** Whether the page button is on. */
export async function isPageButtonEnabled(): Promise<boolean> {
  try {
    return (await sendMessage('getPageButtonSetting', undefined)).enabled !== false;
  } catch {
    return true;
  }
}
