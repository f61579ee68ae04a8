/**
 * zod schemas for every Stardex endpoint the extension uses (docs/stardex-api.md §2–§5). Responses are
 * parsed tolerantly: `looseObject` keeps unknown fields, and fields the docs could not confirm are
 * optional/nullable, so a Stardex schema change degrades a picker rather than breaking a capture.
 * `zod/mini` like every schema of the extension (see lib/tasks/task-schema.ts).
 */
import * as z from 'zod/mini';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

const id = z.string().check(z.minLength(1));
const optText = z.nullish(z.string());
const optId = z.optional(id);
/** An optional whole number in [min, max] (paging fields). */
const count = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.optional(z.int().check(z.minimum(min), z.maximum(max)));

/** `{success:true, data}` (single object). */
export function envelope<T extends z.ZodMiniType>(data: T) {
  return z.looseObject({ success: z.optional(z.boolean()), data });
}
/**
 * `{success:true, data:[...], meta?}`; meta is optional because team-members' shape is unconfirmed.
 * An item that does not parse (say, without an id) is skipped rather than failing the whole list.
 */
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    success: z.optional(z.boolean()),
    data: z.pipe(
      z.array(z.unknown()),
      z.transform((values) =>
        values.flatMap((value) => {
          const parsed = z.safeParse(item, value);
          return parsed.success ? [parsed.data as z.output<T>] : [];
        }),
      ),
    ),
    meta: z.nullish(z.looseObject({ total: z.optional(z.number()) })),
  });
}

// --- tasks ----------------------------------------------------------------------------------
export const createTaskRequestSchema = z.object({
  content_text: z.string().check(z.minLength(1)),
  task_type: taskTypeSchema,
  due_date: z.nullish(z.string()),
  is_completed: z.optional(z.boolean()),
  person_id: optId,
  deal_id: optId,
  client_id: optId,
  job_id: optId,
  owner_ids: z.optional(z.array(id)),
});
export type CreateTaskRequest = z.infer<typeof createTaskRequestSchema>;

export const taskSchema = z.looseObject({
  id,
  content_text: z.nullish(z.string()),
  task_type: z.nullish(z.string()),
  due_date: optText,
  is_completed: z.nullish(z.boolean()),
  person_id: optText,
  created_at: optText,
  owners: z.nullish(z.array(z.looseObject({ id, first_name: optText, last_name: optText }))),
});
export type StardexTask = z.infer<typeof taskSchema>;

export const searchTasksRequestSchema = z.object({
  offset: count(0),
  limit: count(1, 100),
  keywords: z.optional(z.array(z.string())),
  task_types: z.optional(z.array(taskTypeSchema)),
  related_to: optId,
  related_record_type: z.optional(z.string()),
  is_completed: z.optional(z.boolean()),
  owner_ids: z.optional(z.array(id)),
  due_date_start: z.optional(z.string()),
  due_date_end: z.optional(z.string()),
  sort_by: z.optional(z.string()),
  sort_order: z.optional(z.enum(['asc', 'desc'])),
});
export type SearchTasksRequest = z.infer<typeof searchTasksRequestSchema>;

// --- persons --------------------------------------------------------------------------------
export const personSchema = z.looseObject({
  id,
  name: optText,
  first_name: optText,
  last_name: optText,
  linkedin_public_id: optText,
  linkedin_url: optText,
  current_job_title: optText,
  current_company_name: optText,
});
export type StardexPerson = z.infer<typeof personSchema>;

export const searchPersonsRequestSchema = z.object({
  offset: count(0),
  limit: count(1, 100),
  linkedin_url: z.optional(z.string()),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  keywords: z.optional(z.array(z.string())),
});
export type SearchPersonsRequest = z.infer<typeof searchPersonsRequestSchema>;

export const createPersonRequestSchema = z.object({
  name: z.string().check(z.minLength(1)),
  linkedin_url: z.string().check(z.minLength(1)),
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  current_job_title: z.optional(z.string()),
  company_name: z.optional(z.string()),
  linkedin_location: z.optional(z.string()),
  linkedin_headline: z.optional(z.string()),
});
export type CreatePersonRequest = z.infer<typeof createPersonRequestSchema>;

// --- team, pickers --------------------------------------------------------------------------
export const teamMemberSchema = z.looseObject({
  id,
  first_name: optText,
  last_name: optText,
  name: optText,
  email: optText,
  image_url: optText,
});
export type StardexTeamMember = z.infer<typeof teamMemberSchema>;

const pickerSearchBase = {
  offset: count(0),
  limit: count(1, 100),
  keywords: z.optional(z.array(z.string())),
  sort_by: z.optional(z.string()),
  sort_order: z.optional(z.enum(['asc', 'desc'])),
};
export const searchJobsRequestSchema = z.object({
  ...pickerSearchBase,
  is_archived: z.optional(z.boolean()),
});
export const searchDealsRequestSchema = z.object({
  ...pickerSearchBase,
  show_open_deals_only: z.optional(z.boolean()),
});
export const searchCompaniesRequestSchema = z.object({
  ...pickerSearchBase,
  is_client: z.optional(z.boolean()),
});

export const jobSchema = z.looseObject({
  id,
  name: optText,
  client_company_name: optText,
  location: optText,
  is_archived: z.nullish(z.boolean()),
});
export const dealSchema = z.looseObject({ id, name: optText, amount: z.optional(z.unknown()) });
export const companySchema = z.looseObject({ id, name: optText, domain: optText, location: optText });
