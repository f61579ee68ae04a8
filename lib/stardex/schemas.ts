/**
 * zod schemas for every Stardex endpoint the extension uses (stardex-api.md §2–§5). Responses are
 * parsed tolerantly: `looseObject` keeps unknown fields, and fields the docs could not confirm are
 * optional/nullable, so a Stardex schema change degrades a picker rather than breaking a capture.
 */
import { z } from 'zod';
import { taskTypeSchema } from '@/lib/tasks/task-schema';

const id = z.string().min(1);
const optText = z.string().nullish();

/** `{success:true, data}` (single object). */
export function envelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ success: z.boolean().optional(), data });
}
/**
 * `{success:true, data:[...], meta?}`; meta is optional because team-members' shape is unconfirmed.
 * An item that does not parse (say, without an id) is skipped rather than failing the whole list.
 */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({
    success: z.boolean().optional(),
    data: z.array(z.unknown()).transform((values) =>
      values.flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    ),
    meta: z.looseObject({ total: z.number().optional() }).nullish(),
  });
}

// --- tasks ----------------------------------------------------------------------------------
export const createTaskRequestSchema = z.object({
  content_text: z.string().min(1),
  task_type: taskTypeSchema,
  due_date: z.string().nullish(),
  is_completed: z.boolean().optional(),
  person_id: id.optional(),
  deal_id: id.optional(),
  client_id: id.optional(),
  job_id: id.optional(),
  owner_ids: z.array(id).optional(),
});
export type CreateTaskRequest = z.infer<typeof createTaskRequestSchema>;

export const taskSchema = z.looseObject({
  id,
  content_text: z.string().nullish(),
  task_type: z.string().nullish(),
  due_date: optText,
  is_completed: z.boolean().nullish(),
  person_id: optText,
  created_at: optText,
  owners: z.array(z.looseObject({ id, first_name: optText, last_name: optText })).nullish(),
});
export type StardexTask = z.infer<typeof taskSchema>;

export const searchTasksRequestSchema = z.object({
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  keywords: z.array(z.string()).optional(),
  task_types: z.array(taskTypeSchema).optional(),
  related_to: id.optional(),
  related_record_type: z.string().optional(),
  is_completed: z.boolean().optional(),
  owner_ids: z.array(id).optional(),
  due_date_start: z.string().optional(),
  due_date_end: z.string().optional(),
  sort_by: z.string().optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
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
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  linkedin_url: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});
export type SearchPersonsRequest = z.infer<typeof searchPersonsRequestSchema>;

export const createPersonRequestSchema = z.object({
  name: z.string().min(1),
  linkedin_url: z.string().min(1),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  current_job_title: z.string().optional(),
  company_name: z.string().optional(),
  linkedin_location: z.string().optional(),
  linkedin_headline: z.string().optional(),
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
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  keywords: z.array(z.string()).optional(),
  sort_by: z.string().optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
};
export const searchJobsRequestSchema = z.object({ ...pickerSearchBase, is_archived: z.boolean().optional() });
export const searchDealsRequestSchema = z.object({
  ...pickerSearchBase,
  show_open_deals_only: z.boolean().optional(),
});
export const searchCompaniesRequestSchema = z.object({
  ...pickerSearchBase,
  is_client: z.boolean().optional(),
});

export const jobSchema = z.looseObject({
  id,
  name: optText,
  client_company_name: optText,
  location: optText,
  is_archived: z.boolean().nullish(),
});
export const dealSchema = z.looseObject({ id, name: optText, amount: z.unknown().optional() });
export const companySchema = z.looseObject({ id, name: optText, domain: optText, location: optText });
