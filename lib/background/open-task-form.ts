/**
 * `openTaskForm` (the in-page trigger on LinkedIn asks for the task form). Stub: another helper
 * replaces this with injecting the in-page panel into the sender's tab; until then it opens the
 * toolbar popup where the browser allows it.
 */
import { browser } from 'wxt/browser';
import type { MessageSenderLike } from '@/lib/background/sender';

export async function openTaskForm(_sender: MessageSenderLike): Promise<{ opened: 'popup' | 'panel' }> {
  await browser.action?.openPopup?.().catch(() => undefined);
  return { opened: 'popup' };
}
