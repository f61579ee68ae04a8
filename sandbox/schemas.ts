/**
 * Request body schemas, one per endpoint, with exactly the fields docs/stardex-api.md lists (strict:
 * anything else is an "unknown field" 400). Fields the docs list but the sandbox does not act on are
 * accepted and ignored, so a client using them is not wrongly rejected.
 */
import { z } from 'zod';
import { taskTypes } from './store';

const uuid = z.uuid();
const uuids = z.array(uuid);
const strings = z.array(z.string());
/** A timezone is required: "2024-02-15T17:00:00Z" or "...+02:00". */
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
/** Range bounds may be a date-time or a whole day. */
const isoDateOrDateTime = z
  .string()
  .refine((v) => isoDateTime.safeParse(v).success || isoDate.safeParse(v).success, {
    message: 'must be an ISO 8601 date-time (e.g. 2024-02-15T17:00:00Z) or date (2024-02-15)',
  });
const sortOrder = z.enum(['asc', 'desc']);
const looseFilters = z.array(z.record(z.string(), z.unknown()));

function page(maxLimit: number) {
  return {
    offset: z.int().min(0).nullable().optional(),
    limit: z.int().min(1).max(maxLimit).optional(),
    sort_order: sortOrder.optional(),
  };
}

/** POST /v1/tasks (§2.1). */
export const createTaskSchema = z.strictObject({
  content_text: z.string().min(1),
  task_type: z.enum(taskTypes),
  due_date: isoDateTime.optional(),
  is_completed: z.boolean().optional(),
  person_id: uuid.optional(),
  deal_id: uuid.optional(),
  client_id: uuid.optional(),
  job_id: uuid.optional(),
  owner_ids: uuids.optional(),
});

export const relatedRecordTypes = ['person', 'deal', 'client', 'job'] as const;

/** POST /v1/tasks/search (§2.2). */
export const searchTasksSchema = z.strictObject({
  ...page(100),
  keywords: strings.optional(),
  task_types: z.array(z.enum(taskTypes)).optional(),
  related_to: uuid.optional(),
  related_record_type: z.enum(relatedRecordTypes).optional(),
  is_completed: z.boolean().optional(),
  owner_ids: uuids.optional(),
  due_date_start: isoDateOrDateTime.optional(),
  due_date_end: isoDateOrDateTime.optional(),
  sort_by: z.enum(['created_at', 'due_date', 'updated_at']).optional(),
});

/** POST /v1/persons (§3.1). */
export const createPersonSchema = z.strictObject({
  name: z.string().min(1),
  linkedin_url: z.string().min(1),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  current_job_title: z.string().optional(),
  linkedin_location: z.string().optional(),
  company_name: z.string().optional(),
  emails: z.array(z.email()).optional(),
  work_email: z.email().optional(),
  personal_email: z.email().optional(),
  work_phone: z.string().optional(),
  mobile_phone: z.string().optional(),
  phone_numbers: strings.optional(),
  notes: z.string().optional(),
  job_id: uuid.optional(),
  job_name: z.string().optional(),
  client_id: uuid.optional(),
  client_name: z.string().optional(),
  external_source_id: z.string().optional(),
  enrich_record: z.boolean().optional(),
});

const nameSort = z.enum(['created_at', 'updated_at', 'name']).optional();

/** POST /v1/persons/search (§3.2; the truncated `activity_content_…`/`job_page_…` fields are left out). */
export const searchPersonsSchema = z.strictObject({
  ...page(100),
  sort_by: nameSort,
  email: z.email().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  linkedin_url: z.string().optional(),
  vector_search: z.string().optional(),
  include: strings.optional(),
  keywords: strings.optional(),
  job_id: uuid.optional(),
  job_ids_included: uuids.optional(),
  job_ids_excluded: uuids.optional(),
  filter_out_if_not_in_job: z.boolean().optional(),
  exclude_archived_jobs: z.boolean().optional(),
  job_titles_included: strings.optional(),
  job_titles_excluded: strings.optional(),
  departments_included: uuids.optional(),
  departments_excluded: uuids.optional(),
  current_company_ids: uuids.optional(),
  current_company_ids_excluded: uuids.optional(),
  past_company_ids: uuids.optional(),
  past_company_ids_excluded: uuids.optional(),
  pipeline_stage_ids_included: uuids.optional(),
  pipeline_stage_ids_excluded: uuids.optional(),
  pipeline_stage_history_included: uuids.optional(),
  pipeline_stage_history_excluded: uuids.optional(),
  activity_types_included: strings.optional(),
  activity_types_excluded: strings.optional(),
});

const attributeFilters = {
  select_attribute_filters: looseFilters.optional(),
  numeric_attribute_filters: looseFilters.optional(),
  date_attribute_filters: looseFilters.optional(),
  team_member_attribute_filters: looseFilters.optional(),
  include: strings.optional(),
};

/** POST /v1/jobs/search (§5.1). The doc's example uses limit 200, so 200 is allowed. */
export const searchJobsSchema = z.strictObject({
  ...page(200),
  ...attributeFilters,
  sort_by: nameSort,
  keywords: strings.optional(),
  location_keywords: strings.optional(),
  vector_search: z.string().optional(),
  is_archived: z.boolean().optional(),
  job_status_ids_included: uuids.optional(),
  job_status_ids_excluded: uuids.optional(),
  company_ids_included: uuids.optional(),
  company_ids_excluded: uuids.optional(),
  owner_ids: uuids.optional(),
  team_member_ids: uuids.optional(),
  team_member_role_ids: uuids.optional(),
  is_public: z.boolean().optional(),
  list_id: uuid.optional(),
});

const dateFilter = z.strictObject({
  start_date: z.string().optional(),
  end_date: z.string().optional(),
  include_empty: z.boolean().optional(),
});

/** POST /v1/deals/search (§5.2). */
export const searchDealsSchema = z.strictObject({
  ...page(200),
  ...attributeFilters,
  sort_by: nameSort,
  keywords: strings.optional(),
  deal_ids: uuids.optional(),
  list_id: uuid.optional(),
  deal_status_ids_included: uuids.optional(),
  deal_status_ids_excluded: uuids.optional(),
  owner_ids_included: uuids.optional(),
  owner_ids_excluded: uuids.optional(),
  show_open_deals_only: z.boolean().optional(),
  show_archived: z.boolean().optional(),
  closed_date_filter: dateFilter.optional(),
  open_date_filter: dateFilter.optional(),
});

const relationship = z.strictObject({ company_id: uuid, relationship_type: z.string() });

/** POST /v1/companies/search (§5.3). */
export const searchCompaniesSchema = z.strictObject({
  ...page(200),
  ...attributeFilters,
  sort_by: nameSort,
  keywords: strings.optional(),
  domain: z.string().optional(),
  linkedin_url: z.string().optional(),
  is_client: z.boolean().optional(),
  job_id: uuid.optional(),
  list_id: uuid.optional(),
  company_ids: uuids.optional(),
  company_status_ids_included: uuids.optional(),
  company_status_ids_excluded: uuids.optional(),
  owner_ids_included: uuids.optional(),
  owner_ids_excluded: uuids.optional(),
  relationships_included: z.array(relationship).optional(),
  relationships_excluded: z.array(relationship).optional(),
  list_ids_included: uuids.optional(),
  list_ids_excluded: uuids.optional(),
});

/** POST /v1/person-activities (§3.6): the type and content, and the person by one of four ways. */
export const createPersonActivitySchema = z.strictObject({
  activity_type: z.string().min(1),
  activity_content: z.string().min(1),
  person_id: uuid.optional(),
  linkedin_url: z.string().min(1).optional(),
  email: z.email().optional(),
  full_name: z.string().min(1).optional(),
});
