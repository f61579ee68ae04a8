/**
 * `submitTask`: the item is in the outbox before any network call, then delivery gets a few
 * seconds; the popup hears `created`, `queued` (with why) or `failed` (with why and the field).
 */
import type { CadenceSubmitResult, SubmitResult } from '@/lib/messaging';
import type { Outbox } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { isProfileUrl } from '@/lib/profile/linkedin-url';
import type { TaskSubmission } from '@/lib/tasks/task-schema';

/** How long the submitter waits for the immediate delivery before hearing "queued". */
export const SUBMIT_BUDGET_MS = 4_000;

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

function queuedAhead(items: readonly OutboxItem[], item: OutboxItem): number {
  return items.filter((i) => (i.state === 'queued' || i.state === 'sending') && i.createdAt < item.createdAt)
    .length;
}

/**
 * Queues the submission (a second press with the same client id gets the first item's state, never
 * a second item) and waits a few seconds for its delivery. A full outbox or storage refuses it in
 * words, with the draft kept by the form.
 */
export async function submitTask(
  outbox: Outbox,
  submission: TaskSubmission,
  budgetMs = SUBMIT_BUDGET_MS,
): Promise<SubmitResult> {
  if (!isProfileUrl(submission.person.profileUrl)) {
    return { state: 'invalid', reason: 'The task must be about a LinkedIn profile' };
  }
  let stored: OutboxItem;
  try {
    stored = await outbox.submit(submission);
  } catch (error) {
    return { state: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
  const item = (await outbox.waitForSettled(stored.clientId, budgetMs)) ?? stored;
  return submitResultFor(item, queuedAhead(await outbox.list(), item));
}

/** What became of a submission, by its client id; null when the outbox never got it. */
export async function submissionState(outbox: Outbox, clientId: string): Promise<SubmitResult | null> {
  const items = await outbox.list();
  const item = items.find((i) => i.clientId === clientId);
  return item ? submitResultFor(item, queuedAhead(items, item)) : null;
}

/** Why a cadence run cannot be queued as given, or null: one person, one run, steps in order. */
function cadenceRefusal(submissions: readonly TaskSubmission[]): string | null {
  const first = submissions[0];
  if (!first) return 'A cadence needs at least one step';
  if (!submissions.every((s) => isProfileUrl(s.person.profileUrl)))
    return 'The task must be about a LinkedIn profile';
  const inOrder = submissions.every(
    (s, index) =>
      s.person.profileUrl === first.person.profileUrl &&
      s.group?.id === first.group?.id &&
      s.group?.index === index &&
      s.group?.count === submissions.length,
  );
  return inOrder ? null : 'The steps of a cadence must be one run for one person, in order';
}

/**
 * Queues every step of a cadence run in one outbox write (all or none; each once per client id),
 * then waits a few seconds for their delivery, in order. Each step is answered as a single task is.
 */
export async function submitCadence(
  outbox: Outbox,
  submissions: readonly TaskSubmission[],
  budgetMs = SUBMIT_BUDGET_MS,
): Promise<CadenceSubmitResult> {
  const refusal = cadenceRefusal(submissions);
  if (refusal) return { state: 'invalid', reason: refusal };
  let stored: OutboxItem[];
  try {
    stored = await outbox.submitAll(submissions);
  } catch (error) {
    return { state: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
  const settled = await Promise.all(
    stored.map(async (item) => (await outbox.waitForSettled(item.clientId, budgetMs)) ?? item),
  );
  // Each step as it is now: an early step that settled as "retrying" may have landed since.
  const items = await outbox.list();
  const now = settled.map((item) => items.find((i) => i.clientId === item.clientId) ?? item);
  return { state: 'accepted', steps: now.map((item) => submitResultFor(item, queuedAhead(items, item))) };
}
