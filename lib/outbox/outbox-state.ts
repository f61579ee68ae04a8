/**
 * The outbox state machine as pure functions of an item (no storage, no network):
 *
 *   queued ──startAttempt──▶ sending ──succeed──▶ done (pruned after DONE_KEEP_MS)
 *                              │ └──fail(transient)──▶ retrying ──(due)──▶ sending …
 *                              └────fail(permanent)──▶ failed ──retry/edit──▶ queued
 *   sending found by a fresh drain (worker stopped mid-send) ──settleInterrupted──▶ retrying, outcome
 *     unknown, due only once that attempt can no longer be in flight (its timeout has passed)
 */
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';
import type { Submission } from '@/lib/tasks/activity-schema';
import type { TaskFields } from '@/lib/tasks/task-schema';

/** How long delivered items stay visible in the outbox list. */
export const DONE_KEEP_MS = 24 * 60 * 60_000;

/** A fresh item for a submission, written before any network call. */
export function newItem(submission: Submission, now: number): OutboxItem {
  const fields = {
    state: 'queued' as const,
    attempts: 0,
    createdAt: now,
    firstAttemptAt: null,
    nextAttemptAt: null,
    attemptStartedAt: null,
    outcomeUnknown: false,
    possibleTwin: false,
    lastError: null,
    personId: null,
    doneAt: null,
  };
  return submission.kind === 'activity'
    ? { ...submission, ...fields, activityId: null }
    : { ...submission, ...fields, taskId: null };
}

/** Items waiting for the network (the badge counts these plus failed ones). */
export function isPending(item: OutboxItem): boolean {
  return item.state === 'queued' || item.state === 'sending' || item.state === 'retrying';
}

/**
 * A cadence step waits while an earlier step of its run is still on its way (queued, sending or
 * retrying), so the run lands in Stardex in order. An earlier step that failed for good (it needs
 * the recruiter) does not hold the others back.
 */
export function waitsForEarlierStep(item: OutboxItem, items: readonly OutboxItem[]): boolean {
  const group = item.group;
  if (!group || group.index === 0) return false;
  return items.some(
    (other) =>
      other.group?.id === group.id &&
      other.group.index < group.index &&
      (other.state === 'queued' || other.state === 'sending' || other.state === 'retrying'),
  );
}

/** Whether the drain should attempt the item now (a `sending` one is settled first, see below). */
export function isDue(item: OutboxItem, now: number): boolean {
  if (item.state === 'queued') return true;
  return item.state === 'retrying' && (item.nextAttemptAt ?? 0) <= now;
}

/**
 * A `sending` item seen by a fresh drain was being sent by a worker that was stopped: the request
 * may still be in flight, or committed without an answer. It waits until that attempt can no
 * longer be in flight (`inFlightMs` after it started, the request timeout and a margin), then
 * looks in Stardex before it sends again.
 */
export function settleInterrupted(item: OutboxItem, now: number, inFlightMs: number): OutboxItem {
  if (item.state !== 'sending') return item;
  const over = (item.attemptStartedAt ?? now) + inFlightMs;
  return {
    ...item,
    state: 'retrying',
    outcomeUnknown: true,
    nextAttemptAt: Math.max(now, over),
    lastError: {
      kind: 'network',
      message: 'Interrupted while sending; Stardex is checked before it is sent again',
      field: null,
      status: null,
    },
  };
}

export function startAttempt(item: OutboxItem, now: number): OutboxItem {
  return {
    ...item,
    state: 'sending',
    attempts: item.attempts + 1,
    firstAttemptAt: item.firstAttemptAt ?? now,
    attemptStartedAt: now,
    nextAttemptAt: null,
  };
}

/** Delivered: with Stardex's id when it is known (a 2xx without a readable id still is delivery). */
export function succeed(item: OutboxItem, id: string | null, now: number): OutboxItem {
  const done = { state: 'done' as const, doneAt: now, nextAttemptAt: null, lastError: null };
  return item.kind === 'activity' ? { ...item, ...done, activityId: id } : { ...item, ...done, taskId: id };
}

/** Records a failed attempt: `retryAt` null means permanent (failed, waits for a person). */
export function fail(
  item: OutboxItem,
  error: OutboxError,
  retryAt: number | null,
  outcomeUnknown: boolean,
): OutboxItem {
  return {
    ...item,
    state: retryAt === null ? 'failed' : 'retrying',
    nextAttemptAt: retryAt,
    lastError: error,
    outcomeUnknown: item.outcomeUnknown || outcomeUnknown,
  };
}

/** "Retry" from the UI, or the key was fixed: due at once. The unknown-outcome flag is kept. */
export function requeue(item: OutboxItem): OutboxItem {
  if (item.state !== 'failed' && item.state !== 'retrying') return item;
  return { ...item, state: 'queued', nextAttemptAt: null };
}

/** "Edit" from the UI: new fields, queued again. Refused (null) while sending, once done, or for a log. */
export function edit(item: OutboxItem, task: TaskFields): OutboxItem | null {
  if (item.state === 'sending' || item.state === 'done' || item.kind === 'activity') return null;
  return { ...item, task, state: 'queued', nextAttemptAt: null, lastError: null };
}

/** A log Stardex refused, logged again as now written (Log pressed again with the same client id). */
export function editLog(item: OutboxItem, submission: Submission): OutboxItem | null {
  if (item.state !== 'failed') return null;
  if (item.kind === 'activity' && submission.kind === 'activity')
    return { ...item, activity: submission.activity, state: 'queued', nextAttemptAt: null, lastError: null };
  return submission.kind === 'activity' ? null : edit(item, submission.task);
}

/** Drops delivered items older than DONE_KEEP_MS; nothing else is ever dropped automatically. */
export function pruneDone(items: OutboxItem[], now: number): OutboxItem[] {
  return items.filter((i) => i.state !== 'done' || (i.doneAt ?? 0) > now - DONE_KEEP_MS);
}
