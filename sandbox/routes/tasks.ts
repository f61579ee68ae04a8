/** POST /v1/tasks and POST /v1/tasks/search (docs/stardex-api.md §2.1, §2.2). */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { notFound } from '../api-error';
import type { RequestContext, Route } from '../router';
import { ok, okPage } from '../router';
import { createTaskSchema, type relatedRecordTypes, searchTasksSchema } from '../schemas';
import type { SandboxStore, TaskRecord } from '../store';
import { parseBody } from '../validation';
import { taskView } from '../views';
import { matchesKeywords, overlaps, sortBy } from './search-helpers';

type RelatedType = (typeof relatedRecordTypes)[number];
const relatedField = {
  person: 'person_id',
  deal: 'deal_id',
  client: 'client_id',
  job: 'job_id',
} as const satisfies Record<RelatedType, keyof TaskRecord>;

/** 404 for an id that names no record (assumption: Stardex checks references on create). */
function requireRecord(
  id: string | undefined,
  lookup: (id: string) => unknown,
  field: string,
  kind: string,
): void {
  if (id !== undefined && lookup(id) === undefined) throw notFound(`${field}: no ${kind} with id ${id}`);
}

function checkReferences(store: SandboxStore, input: z.output<typeof createTaskSchema>): void {
  requireRecord(input.person_id, (id) => store.person(id), 'person_id', 'person');
  requireRecord(input.deal_id, (id) => store.deal(id), 'deal_id', 'deal');
  requireRecord(input.client_id, (id) => store.company(id), 'client_id', 'client company');
  requireRecord(input.job_id, (id) => store.job(id), 'job_id', 'job');
  for (const id of input.owner_ids ?? [])
    requireRecord(id, (i) => store.teamMember(i), 'owner_ids', 'team member');
}

function createTask(ctx: RequestContext) {
  const input = parseBody(createTaskSchema, ctx.body);
  const { store } = ctx.state;
  checkReferences(store, input);
  const now = ctx.state.isoNow();
  // Omitted owners ⇒ the caller, as Stardex documents for deals (§5.2); for tasks this is UNCONFIRMED.
  const owners = input.owner_ids ?? (ctx.callerId === null ? [] : [ctx.callerId]);
  const task = store.addTask({
    id: randomUUID(),
    content_text: input.content_text,
    task_type: input.task_type,
    due_date: input.due_date === undefined ? null : new Date(input.due_date).toISOString(),
    is_completed: input.is_completed ?? false,
    person_id: input.person_id ?? null,
    deal_id: input.deal_id ?? null,
    client_id: input.client_id ?? null,
    job_id: input.job_id ?? null,
    owner_ids: [...new Set(owners)],
    created_at: now,
    updated_at: now,
  });
  return ok(taskView(store, task));
}

/** Range bounds: a date-only end covers the whole day. */
function boundMs(value: string | undefined, edge: 'start' | 'end'): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return Date.parse(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  }
  return Date.parse(value);
}

function searchTasks(ctx: RequestContext) {
  const q = parseBody(searchTasksSchema, ctx.body);
  const { store } = ctx.state;
  const start = boundMs(q.due_date_start, 'start');
  const end = boundMs(q.due_date_end, 'end');
  const fields =
    q.related_record_type === undefined ? Object.values(relatedField) : [relatedField[q.related_record_type]];
  const matches = store.tasks.filter((t) => {
    if (q.related_to !== undefined && !fields.some((f) => t[f] === q.related_to)) return false;
    if (
      q.related_to === undefined &&
      q.related_record_type !== undefined &&
      fields.every((f) => t[f] === null)
    ) {
      return false;
    }
    if (q.task_types !== undefined && !q.task_types.includes(t.task_type)) return false;
    if (q.is_completed !== undefined && t.is_completed !== q.is_completed) return false;
    if (!overlaps(q.owner_ids, t.owner_ids)) return false;
    if (start !== undefined || end !== undefined) {
      if (t.due_date === null) return false;
      const due = Date.parse(t.due_date);
      if ((start !== undefined && due < start) || (end !== undefined && due > end)) return false;
    }
    return matchesKeywords(q.keywords, t.content_text);
  });
  const key = q.sort_by ?? 'created_at';
  const sorted = sortBy(
    matches,
    (t) => t[key],
    q.sort_order ?? 'desc',
    (t) => t.seq,
  );
  return okPage(sorted, q.offset, q.limit, (t) => taskView(store, t));
}

export const taskRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/tasks', handler: createTask },
  { method: 'POST', pattern: '/v1/tasks/search', handler: searchTasks },
];
