/** The attempt for each kind of item (attempt.ts): a task here, a logged touch in activity-attempt.ts. */
import { prepareActivity } from '@/lib/outbox/activity-attempt';
import type { Attempt, AttemptDeps } from '@/lib/outbox/attempt';
import type { OutboxItem, TaskItem } from '@/lib/outbox/outbox-schema';
import { hasTwin, reconcile } from '@/lib/outbox/reconcile';
import { buildCreateTaskRequest } from '@/lib/outbox/task-request';
import type { StardexClient } from '@/lib/stardex/client';

function taskAttempt(client: StardexClient, item: TaskItem, personId: string | null): Attempt {
  const body = buildCreateTaskRequest(item, personId);
  return {
    findEarlier: async (claimed) => (await reconcile(client, item, body, claimed))?.id,
    create: async () => (await client.createTask(body)).id,
    hasTwin: (claimed) => hasTwin(client, item, body, claimed),
  };
}

/** The attempt for `item` on the Stardex person `personId` (null: none was found or made). */
export function prepareAttempt(
  deps: AttemptDeps,
  client: StardexClient,
  item: OutboxItem,
  personId: string | null,
): Promise<Attempt> {
  if (item.kind === 'activity') return prepareActivity(deps, client, item, personId);
  return Promise.resolve(taskAttempt(client, item, personId));
}
