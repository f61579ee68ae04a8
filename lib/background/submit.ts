/**
 * The one way submissions reach the outbox. A run is one task, a cadence's steps for one person,
 * or (bulk) several people's: stored in one write before any network call (all or none, each once
 * per client id), then given a few seconds for delivery; the sender hears each step's state —
 * `created`, `queued` (with why) or `failed` (with why and the field) — or why the run was refused.
 */
import type { StepResult, SubmitRun } from '@/lib/messaging';
import type { Outbox } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { isProfileUrl } from '@/lib/profile/linkedin-url';
import type { Submission } from '@/lib/tasks/activity-schema';

/** How long the submitter waits for the immediate delivery before hearing "queued". */
export const SUBMIT_BUDGET_MS = 4_000;

/** The answer for an item in the state it reached within the budget. */
export function stepResultFor(item: OutboxItem, ahead: number): StepResult {
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

/** Each step as the outbox has it now, answered in the run's order. */
function answer(items: readonly OutboxItem[], clientIds: readonly string[]): SubmitRun | null {
  const steps = clientIds.map((id) => items.find((i) => i.clientId === id));
  if (!steps.every((item): item is OutboxItem => item !== undefined)) return null;
  return { state: 'accepted', steps: steps.map((item) => stepResultFor(item, queuedAhead(items, item))) };
}

/**
 * Why a run cannot be queued as given, or null: every task about a LinkedIn profile, and each
 * cadence in it (a `group`) complete, for one person, its steps in order.
 */
export function runRefusal(submissions: readonly Submission[]): string | null {
  if (submissions.length === 0) return 'Nothing to create';
  if (!submissions.every((s) => isProfileUrl(s.person.profileUrl)))
    return 'The task must be about a LinkedIn profile';
  const people = new Set(submissions.map((s) => s.person.profileUrl));
  const batchId = submissions[0]?.kind === 'activity' ? undefined : submissions[0]?.batch?.id;
  const oneBatch = submissions.every(
    (s) => s.kind !== 'activity' && s.batch?.id === batchId && s.batch?.people === people.size,
  );
  if (people.size > 1 && (batchId === undefined || !oneBatch))
    return 'Tasks for several people are sent as one batch that names them all';
  const logs = submissions.filter((s) => s.kind === 'activity');
  if (logs.length > 0 && (logs.length !== submissions.length || logs.some((s) => s.group)))
    return 'A logged touch is sent on its own, not with tasks or in a cadence';
  const groups = new Map<string, Submission[]>();
  for (const s of submissions) if (s.group) groups.set(s.group.id, [...(groups.get(s.group.id) ?? []), s]);
  for (const steps of groups.values()) {
    const first = steps[0];
    const whole = steps.every(
      (s, index) =>
        s.person.profileUrl === first?.person.profileUrl &&
        s.group?.index === index &&
        s.group?.count === steps.length,
    );
    if (!whole) return 'The steps of a cadence must be one run for one person, in order';
  }
  return null;
}

/**
 * Queues the run in one outbox write (a second press with the same client ids gets the first
 * items' states, never second items), then waits a few seconds for its delivery. A full outbox
 * or storage refuses it in words, with the draft kept by the form.
 */
export async function submitRun(
  outbox: Outbox,
  submissions: readonly Submission[],
  budgetMs = SUBMIT_BUDGET_MS,
): Promise<SubmitRun> {
  const refusal = runRefusal(submissions);
  if (refusal) return { state: 'invalid', reason: refusal };
  let stored: OutboxItem[];
  try {
    stored = await outbox.submitAll(submissions);
  } catch (error) {
    return { state: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
  await Promise.all(stored.map((item) => outbox.waitForSettled(item.clientId, budgetMs)));
  // Each step as it is now: an early step that settled as "retrying" may have landed since.
  const clientIds = submissions.map((s) => s.clientId);
  return answer(await outbox.list(), clientIds) ?? { state: 'invalid', reason: 'The outbox lost the task' };
}

/** What became of a run whose reply was lost, by its client ids; null when the outbox never got it. */
export async function runState(outbox: Outbox, clientIds: readonly string[]): Promise<SubmitRun | null> {
  return answer(await outbox.list(), clientIds);
}
