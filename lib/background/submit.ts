/**
 * `submitTask`: the item is in the outbox before any network call, then delivery gets a few
 * seconds; the popup hears `created`, `queued` (with why) or `failed` (with why and the field).
 */
import { linkedInSlug } from '@/lib/background/linkedin-key';
import type { SubmitResult } from '@/lib/messaging';
import type { Outbox } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';

/** How long the submitter waits for the immediate delivery before hearing "queued". */
export const SUBMIT_BUDGET_MS = 4_000;

function isLinkedInProfile(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return linkedInSlug(url) !== null || host === 'linkedin.com' || host.endsWith('.linkedin.com');
  } catch {
    return false;
  }
}

/** The answer for an item in the state it reached within the budget. */
export function submitResultFor(item: OutboxItem, ahead: number): SubmitResult {
  switch (item.state) {
    case 'done':
      return { state: 'created', item };
    case 'failed':
      return { state: 'failed', item, reason: item.lastError?.message ?? 'Stardex refused the task' };
    case 'retrying':
      return { state: 'queued', item, reason: item.lastError?.message ?? 'Will retry shortly' };
    default:
      return {
        state: 'queued',
        item,
        reason:
          ahead > 0
            ? `Queued behind ${ahead} earlier task${ahead === 1 ? '' : 's'}; it will be sent automatically`
            : 'Stardex is slow to answer; the task will be sent in the background',
      };
  }
}

export async function submitTask(
  outbox: Outbox,
  submission: TaskSubmission,
  budgetMs = SUBMIT_BUDGET_MS,
): Promise<SubmitResult> {
  if (!isLinkedInProfile(submission.person.profileUrl)) {
    return { state: 'invalid', reason: 'The task must be about a LinkedIn profile' };
  }
  const stored = await outbox.submit(submission);
  const item = (await outbox.waitForSettled(stored.clientId, budgetMs)) ?? stored;
  const ahead = (await outbox.list()).filter(
    (i) => (i.state === 'queued' || i.state === 'sending') && i.createdAt < item.createdAt,
  ).length;
  return submitResultFor(item, ahead);
}
