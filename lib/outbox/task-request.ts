/**
 * What the outbox sends for an item: the stored task fields as a `POST /v1/tasks` body. Pure and
 * deterministic, so a retry sends (and the duplicate check looks for) exactly the same task.
 */
import type { TaskItem } from '@/lib/outbox/outbox-schema';
import type { CreateTaskRequest } from '@/lib/stardex/schemas';

/**
 * The task body. Without a Stardex person (the recruiter turned "Add the person to Stardex if
 * missing" off) the content says who the task is about instead.
 */
export function buildCreateTaskRequest(item: TaskItem, personId: string | null): CreateTaskRequest {
  const { task, person } = item;
  const about = `About: ${person.fullName} (${person.profileUrl})`;
  return {
    content_text: personId === null ? `${task.content_text}\n\n${about}` : task.content_text,
    task_type: task.task_type,
    ...(task.due_date === null ? {} : { due_date: task.due_date }),
    ...(personId === null ? {} : { person_id: personId }),
    ...(task.job_id === null ? {} : { job_id: task.job_id }),
    ...(task.deal_id === null ? {} : { deal_id: task.deal_id }),
    ...(task.client_id === null ? {} : { client_id: task.client_id }),
    // Omitted owners let Stardex assign the caller (documented for deals, assumed for tasks).
    ...(task.owner_ids.length === 0 ? {} : { owner_ids: task.owner_ids }),
  };
}
