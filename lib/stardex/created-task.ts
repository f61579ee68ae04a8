/**
 * What a 2xx answer to `POST /v1/tasks` says about the task it created. The documented answer is
 * `{success, data: <task>}` (docs/stardex-api.md §2.1), but a 2xx means Stardex has the task whatever
 * the body looks like (a proxy's page, another envelope, an empty body): the create must then
 * never be sent again. So the id is taken wherever it can be found (`data.id`, `data.task.id`,
 * top-level `id`), and is null when none is there (the outbox then finds the task by search).
 */
import * as z from 'zod/mini';
import { type StardexTask, taskSchema } from '@/lib/stardex/schemas';

export interface CreatedTask {
  /** Stardex's task id, when the answer carried one. */
  id: string | null;
  /** The task as documented, when the answer had that shape. */
  task: StardexTask | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | null =>
  isObject(value) && typeof value.id === 'string' && value.id.trim() !== '' ? value.id : null;

/** The created task in any 2xx body (JSON already parsed, or the raw text when it was not JSON). */
export function createdTaskFrom(body: unknown): CreatedTask {
  const data = isObject(body) ? body.data : undefined;
  const parsed = z.safeParse(taskSchema, data);
  const task = parsed.success ? parsed.data : null;
  const nested = isObject(data) ? data.task : undefined;
  return { id: task?.id ?? idOf(data) ?? idOf(nested) ?? idOf(body), task };
}
