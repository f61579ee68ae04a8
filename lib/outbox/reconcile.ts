/**
 * The two searches that keep a non-idempotent create exactly-once (lib/outbox/dedupe.ts says what
 * a match is): before resending after an unknown outcome, and once after a delivery that took
 * several attempts, to warn of a twin the outbox could not prevent.
 */
import { duplicateQuery, findDuplicate, matchingTasks } from '@/lib/outbox/dedupe';
import type { TaskItem } from '@/lib/outbox/outbox-schema';
import type { StardexClient } from '@/lib/stardex/client';
import type { CreateTaskRequest } from '@/lib/stardex/schemas';

/** The task an earlier attempt of `item` created, if Stardex has it (ids other items claimed excluded). */
export async function reconcile(
  client: StardexClient,
  item: TaskItem,
  body: CreateTaskRequest,
  claimed: ReadonlySet<string>,
) {
  const found = await client.searchTasks(duplicateQuery(body));
  return findDuplicate(found, body, item.firstAttemptAt ?? item.createdAt, claimed);
}

/** Does Stardex show this task twice since the first attempt? One search; a failed one says no. */
export async function hasTwin(
  client: StardexClient,
  item: TaskItem,
  body: CreateTaskRequest,
  claimed: ReadonlySet<string>,
): Promise<boolean> {
  try {
    const found = await client.searchTasks(duplicateQuery(body));
    return matchingTasks(found, body, item.firstAttemptAt ?? item.createdAt, claimed).length >= 2;
  } catch {
    return false; // the task is delivered; a failed check only means no warning
  }
}
