/**
 * A task as the recruiter submits it, and the person it is about. This is what the popup/panel
 * sends to the background and what the outbox keeps until Stardex has it.
 */
import { z } from 'zod';

/** Stardex's `task_type` enum (stardex-api.md §2.1). */
export const taskTypeSchema = z.enum(['linkedin_message', 'linkedin_connection', 'call', 'text', 'other']);
export type TaskType = z.infer<typeof taskTypeSchema>;

export const taskTypeLabels: Record<TaskType, string> = {
  linkedin_message: 'LinkedIn message',
  linkedin_connection: 'LinkedIn connection',
  call: 'Call',
  text: 'Text',
  other: 'Other',
};

const uuid = z.uuid();

/** The task fields, named as Stardex names them. `due_date` is an ISO 8601 UTC instant or null. */
export const taskFieldsSchema = z.object({
  task_type: taskTypeSchema,
  content_text: z.string().trim().min(1, 'Write what the task is about.'),
  due_date: z.iso.datetime({ offset: false }).nullable(),
  owner_ids: z.array(uuid).max(50),
  job_id: uuid.nullable(),
  deal_id: uuid.nullable(),
  client_id: uuid.nullable(),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;

/** Who the task is about: what the background needs to match or create the person in Stardex. */
export const personRefSchema = z.object({
  profileUrl: z.url(),
  fullName: z.string().trim().min(1).max(300),
  firstName: z.string().max(200).nullable(),
  lastName: z.string().max(200).nullable(),
  headline: z.string().max(1000).nullable(),
  currentTitle: z.string().max(500).nullable(),
  currentCompany: z.string().max(500).nullable(),
  location: z.string().max(500).nullable(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const taskSubmissionSchema = z.object({
  /** Made by the form once per submission, so a double click cannot queue the task twice. */
  clientId: z.uuid(),
  person: personRefSchema,
  task: taskFieldsSchema,
});
export type TaskSubmission = z.infer<typeof taskSubmissionSchema>;
