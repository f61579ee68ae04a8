/**
 * Stardex documents no idempotency key (docs/stardex-api.md §1.5), so after an attempt whose outcome is
 * unknown (a 5xx, a timeout, a closed connection, a stopped worker) the outbox looks for the task
 * before sending it again. A match is a match: same person, type, text, due instant and owners,
 * created since the item's first attempt, and not a task another outbox item already claimed
 * (two deliberately identical tasks stay two tasks).
 */
import type { CreateTaskRequest, SearchTasksRequest, StardexTask } from '@/lib/stardex/schemas';

/** Server and client clocks differ; a task created this long before our first attempt still counts. */
const CLOCK_SKEW_MS = 2 * 60_000;

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : Date.parse(a ?? '') === Date.parse(b ?? '');

/**
 * Same owners, as sets. Not compared when we sent none (Stardex may then assign the caller, as it
 * documents for deals) or when the hit has no `owners` (its search shape is unconfirmed).
 */
function sameOwners(task: StardexTask, ownerIds: readonly string[] | undefined): boolean {
  if (!task.owners || !ownerIds || ownerIds.length === 0) return true;
  const theirs = task.owners.map((o) => o.id).sort();
  const ours = [...(ownerIds ?? [])].sort();
  return theirs.length === ours.length && theirs.every((id, i) => id === ours[i]);
}

/** The search that would find an earlier copy of `body` (by person when there is one, else by words). */
export function duplicateQuery(body: CreateTaskRequest): SearchTasksRequest {
  const base = {
    task_types: [body.task_type],
    limit: 100,
    sort_by: 'created_at',
    sort_order: 'desc' as const,
  };
  if (body.person_id) return { ...base, related_to: body.person_id, related_record_type: 'person' };
  const words = body.content_text
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, 5);
  return { ...base, keywords: words };
}

/** Every task among `tasks` that matches this submission (see the module comment). */
export function matchingTasks(
  tasks: readonly StardexTask[],
  body: CreateTaskRequest,
  firstAttemptAt: number,
  claimed: ReadonlySet<string> = new Set(),
): StardexTask[] {
  return tasks.filter(
    (t) =>
      !claimed.has(t.id) &&
      t.task_type === body.task_type &&
      (t.content_text ?? '').trim() === body.content_text.trim() &&
      sameInstant(t.due_date, body.due_date) &&
      sameOwners(t, body.owner_ids) &&
      (!body.person_id || !t.person_id || t.person_id === body.person_id) &&
      (!t.created_at || Date.parse(t.created_at) >= firstAttemptAt - CLOCK_SKEW_MS),
  );
}

/** The oldest matching task: this very submission, if an earlier attempt reached Stardex. */
export function findDuplicate(
  tasks: readonly StardexTask[],
  body: CreateTaskRequest,
  firstAttemptAt: number,
  claimed: ReadonlySet<string> = new Set(),
): StardexTask | undefined {
  // The first attempt's copy is the oldest (by created_at; search order is not relied on).
  const created = (t: StardexTask) => (t.created_at ? Date.parse(t.created_at) : Number.POSITIVE_INFINITY);
  return matchingTasks(tasks, body, firstAttemptAt, claimed).sort((a, b) => created(a) - created(b))[0];
}
