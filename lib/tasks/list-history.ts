/**
 * What the outbox already holds for the people of a result list, so a popup reopened on the list
 * shows how its last batch is going and does not pick again the people who already have a task:
 *
 *   listHistory(outboxItems, ['https://www.linkedin.com/in/ada/', …])
 *     → { latestBatch: 'b-12', work: Map { 'https://…/ada/' → 'queued' } }
 *
 * From the outbox alone (no Stardex request), so it knows what this browser sent: tasks on their
 * way or failed until the recruiter acts, delivered ones until they are pruned a day later.
 */
import { type BatchMember, byPerson, type PersonState, personState } from './batch-progress';

export interface ListHistory {
  /** The batch with these people queued most recently; null when none has. */
  latestBatch: string | null;
  /** By profile URL, the people of the list with a task in the outbox, and where their tasks are. */
  work: ReadonlyMap<string, PersonState>;
}

/** The item fields the history needs (an outbox item, or a test's stand-in). */
export interface HistoryItem extends BatchMember {
  kind?: string;
  createdAt: number;
}

/** The outbox's tasks for `profileUrls` (logged touches are not tasks), and the latest batch among them. */
export function listHistory(items: readonly HistoryItem[], profileUrls: readonly string[]): ListHistory {
  const wanted = new Set(profileUrls);
  const tasks = items.filter((item) => item.kind !== 'activity' && wanted.has(item.person.profileUrl));
  let latest: { id: string; at: number } | null = null;
  for (const { batch, createdAt } of tasks)
    if (batch && (latest === null || createdAt > latest.at)) latest = { id: batch.id, at: createdAt };
  const work = new Map([...byPerson(tasks)].map(([url, run]) => [url, personState(run)] as const));
  return { latestBatch: latest?.id ?? null, work };
}
