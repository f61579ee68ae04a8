/**
 * The people of a result list in the tab (a people search, a Sales Navigator search or list), as
 * the content script reads them, validated where the answer arrives: the page may be hostile.
 */
import { sendMessage } from '@/lib/messaging';
import type { ListRead } from '@/lib/profile/list/list-schema';

/**
 * The content script's answer checked with the reader's own schema; anything else reads as no
 * rows. The schema loads here, on a list page only: a profile's popup does not build it.
 */
export async function checkedList(answer: unknown): Promise<ListRead> {
  const { listReadSchema } = await import('@/lib/profile/list/list-schema');
  const parsed = listReadSchema.safeParse(answer);
  return parsed.success ? parsed.data : { kind: null, rows: [] };
}

/**
 * Asks the tab for its list until `deadline`: a tab opened moments ago may not have its content
 * script yet, so "no receiver" is asked again rather than taken as an empty list.
 */
export async function askList(tabId: number, deadline: number): Promise<ListRead> {
  for (;;) {
    try {
      return await checkedList(await sendMessage('readCurrentList', undefined, tabId));
    } catch (error) {
      if (Date.now() + 150 > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
