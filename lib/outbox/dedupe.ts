/**
 * Stardex documents no idempotency key (stardex-api.md §1.5), so after an attempt whose outcome is
 * unknown (timeout, connection closed after sending, worker killed mid-send) the outbox looks for
 * the task before sending it again: same type, text and due date, created since the first attempt.
 */
import type { CreateTaskRequest, SearchTasksRequest, StardexTask } from '@/lib/stardex/schemas';

/** Server and client clocks differ; a task created this long before our first attempt still counts. */
const CLOCK_SKEW_MS = 5 * 60_000;

const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : Date.parse(a ?? '') === Date.parse(b ?? '');

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

/** The task among `tasks` that is this very submission, if any. */
export function findDuplicate(
  tasks: StardexTask[],
  body: CreateTaskRequest,
  firstAttemptAt: number,
): StardexTask | undefined {
  return tasks.find(
    (t) =>
      t.task_type === body.task_type &&
      (t.content_text ?? '').trim() === body.content_text.trim() &&
      sameInstant(t.due_date, body.due_date) &&
      (!body.person_id || !t.person_id || t.person_id === body.person_id) &&
      (!t.created_at || Date.parse(t.created_at) >= firstAttemptAt - CLOCK_SKEW_MS),
  );
}
