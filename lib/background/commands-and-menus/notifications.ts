/**
 * Browser notifications, one call shape for every feature (quick task, daily reminder). Ids are
 * prefixed by feature so a click can be routed back to it.
 */
import { browser } from 'wxt/browser';
import type { Notice } from './quick-task';

export const QUICK_TASK_NOTIFICATION = 'stardex-quick-task';
export const REMINDER_NOTIFICATION = 'stardex-due-reminder';

/** Shows `notice`; a second notice with the same id replaces the first. Never throws. */
export async function notify(id: string, notice: Notice): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      // 96 px fills its square; the 128 px icon keeps the store's transparent margin.
      iconUrl: browser.runtime.getURL('/icon/96.png'),
      title: notice.title,
      message: notice.message,
      // Chrome only (Firefox ignores it): a failure stays until the recruiter sees it.
      ...(notice.problem && import.meta.env.BROWSER !== 'firefox' ? { requireInteraction: true } : {}),
    });
  } catch {
    // No notification permission or platform support: the badge and the popup still tell.
  }
}
