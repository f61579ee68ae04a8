/**
 * Records → API shapes, field for field as docs/stardex-api.md shows them (Task §2.1, Person §3.1/§3.3,
 * Job §5.1, Deal §5.2, Company §5.3). `created_at`/`updated_at` are added everywhere.
 */
import type {
  CompanyRecord,
  DealRecord,
  JobRecord,
  PersonRecord,
  SandboxStore,
  TaskRecord,
  TeamMember,
} from './store';

function owners(store: SandboxStore, ids: string[]) {
  return ids.flatMap((id) => {
    const m = store.teamMember(id);
    return m === undefined ? [] : [{ id: m.id, first_name: m.first_name, last_name: m.last_name }];
  });
}

/** The Task object of §2.1, with `owners` expanded. */
export function taskView(store: SandboxStore, t: TaskRecord) {
  return {
    id: t.id,
    content_text: t.content_text,
    task_type: t.task_type,
    due_date: t.due_date,
    is_completed: t.is_completed,
    person_id: t.person_id,
    deal_id: t.deal_id,
    client_id: t.client_id,
    job_id: t.job_id,
    created_at: t.created_at,
    updated_at: t.updated_at,
    owners: owners(store, t.owner_ids),
  };
}

/** The "Person created" response of §3.1. */
export function createdPersonView(p: PersonRecord) {
  return {
    id: p.id,
    name: p.name,
    linkedin_public_id: p.linkedin_public_id,
    current_job_title: p.current_job_title,
    company_name: p.current_company_name,
    linkedin_location: p.linkedin_location,
    emails: p.emails,
    phones: p.phones,
    candidate_id: p.candidate_id,
    client_contact_id: p.client_contact_id,
    external_source_id: p.external_source_id,
  };
}

/** The person of §3.3 (GET /v1/persons/{id}), also used for search results. */
export function personView(p: PersonRecord) {
  return {
    id: p.id,
    name: p.name,
    first_name: p.first_name,
    last_name: p.last_name,
    linkedin_public_id: p.linkedin_public_id,
    current_job_title: p.current_job_title,
    current_company_name: p.current_company_name,
    current_company_id: p.current_company_id,
    linkedin_location: p.linkedin_location,
    external_source_id: p.external_source_id,
    emails: p.emails,
    phones: p.phones,
    work_experience: [],
    education_experience: [],
    certifications: [],
    created_at: p.created_at,
    updated_at: p.updated_at,
  };
}

/** A team member as GET /v1/team-members lists it (shape UNCONFIRMED, §4.1). */
export function teamMemberView(m: TeamMember) {
  return {
    id: m.id,
    first_name: m.first_name,
    last_name: m.last_name,
    email: m.email,
    image_url: m.image_url,
  };
}

/** The job of §5.1 (GET /v1/jobs/{id} fields). */
export function jobView(store: SandboxStore, j: JobRecord) {
  const client = j.client_company_id === null ? undefined : store.company(j.client_company_id);
  return {
    id: j.id,
    name: j.name,
    created_at: j.created_at,
    updated_at: j.updated_at,
    is_archived: j.is_archived,
    client_company_name: client?.name ?? null,
    client_company_id: client?.id ?? null,
    client_company_domain: client?.domain ?? null,
    client_company_linkedin_url: client?.linkedin_url ?? null,
    job_status_name: j.job_status_name,
    job_status_id: j.job_status_id,
    candidate_count: store.persons.filter((p) => p.job_ids.includes(j.id)).length,
    location: j.location,
    primary_url: null,
    job_function: null,
    open_date: j.open_date,
    end_date: null,
    currency_code: 'EUR',
    salary_range: j.salary_range,
    description: j.description,
    team_members: j.owner_ids.flatMap((id) => {
      const m = store.teamMember(id);
      return m === undefined
        ? []
        : [
            {
              team_member_id: m.id,
              email: m.email,
              first_name: m.first_name,
              last_name: m.last_name,
              image_url: m.image_url,
              role_id: null,
              role_name: 'Owner',
            },
          ];
    }),
    custom_fields: [],
  };
}

/** The deal of §5.2 (POST /v1/deals example). */
export function dealView(d: DealRecord) {
  return {
    id: d.id,
    name: d.name,
    amount: d.amount,
    currency_code: d.currency_code,
    compensation: null,
    compensation_currency_code: null,
    pricing_rate: null,
    win_probability: null,
    deal_status_id: d.deal_status_id,
    client_id: d.client_id,
    job_ids: d.job_ids,
    created_at: d.created_at,
    updated_at: d.updated_at,
  };
}

/** The company of §5.3 (GET /v1/companies/{id}). */
export function companyView(store: SandboxStore, c: CompanyRecord) {
  return {
    id: c.id,
    name: c.name,
    domain: c.domain,
    linkedin_url: c.linkedin_url,
    linkedin_id: null,
    location: c.location,
    phone: null,
    description: c.description,
    is_client: c.is_client,
    do_not_contact: false,
    do_not_contact_metadata: null,
    created_at: c.created_at,
    updated_at: c.updated_at,
    date_of_last_engagement: null,
    client_status: c.is_client ? { id: '5eed0009-0000-4000-8000-000000000001', name: 'Active client' } : null,
    enriched_company: null,
    owners: c.owner_ids.flatMap((id) => {
      const m = store.teamMember(id);
      return m === undefined
        ? []
        : [{ id: m.id, first_name: m.first_name, last_name: m.last_name, image_url: m.image_url }];
    }),
    custom_fields: [],
  };
}
