/** POST /v1/persons, POST /v1/persons/search, GET /v1/persons/{id} (docs/stardex-api.md §3.1–3.3). */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { notFound, validationError } from '../api-error';
import { linkedInSlug, normalizeLinkedInUrl } from '../normalize-linkedin-url';
import type { RequestContext, Route } from '../router';
import { ok, okPage } from '../router';
import { createPersonSchema, searchPersonsSchema } from '../schemas';
import type { ContactPoint, PersonRecord } from '../store';
import { parseBody } from '../validation';
import { createdPersonView, personView } from '../views';
import { matchesKeywords, overlaps, sortBy } from './search-helpers';

type CreatePersonInput = z.output<typeof createPersonSchema>;

function contactPoints(pairs: [string, string | undefined][]): ContactPoint[] {
  return pairs.flatMap(([type, value]) => (value === undefined ? [] : [{ contact_data_type: type, value }]));
}

/** Resolves job_id/job_name and client_id/client_name, 404 when they name nothing. */
function resolveLinks(ctx: RequestContext, input: CreatePersonInput) {
  const { store } = ctx.state;
  const job =
    input.job_id !== undefined
      ? store.job(input.job_id)
      : store.jobs.find(
          (j) => input.job_name !== undefined && j.name.toLowerCase() === input.job_name.toLowerCase(),
        );
  if ((input.job_id ?? input.job_name) !== undefined && job === undefined) {
    throw notFound(
      `${input.job_id !== undefined ? 'job_id' : 'job_name'}: no job ${input.job_id ?? input.job_name}`,
    );
  }
  const client =
    input.client_id !== undefined
      ? store.company(input.client_id)
      : store.companies.find(
          (c) => input.client_name !== undefined && c.name.toLowerCase() === input.client_name.toLowerCase(),
        );
  if ((input.client_id ?? input.client_name) !== undefined && client === undefined) {
    throw notFound(
      `${input.client_id !== undefined ? 'client_id' : 'client_name'}: no client ${input.client_id ?? input.client_name}`,
    );
  }
  return { job, client };
}

function createPerson(ctx: RequestContext) {
  const input = parseBody(createPersonSchema, ctx.body);
  const canonical = normalizeLinkedInUrl(input.linkedin_url);
  const slug = linkedInSlug(input.linkedin_url);
  if (canonical === null || slug === null) {
    throw validationError(
      'linkedin_url',
      'must be a LinkedIn profile URL like https://www.linkedin.com/in/<slug>',
    );
  }
  const { job, client } = resolveLinks(ctx, input);
  const { store } = ctx.state;
  // Dedupe assumption: an existing LinkedIn URL returns that person unchanged (200), no duplicate.
  const existing = store.persons.find((p) => p.linkedin_url === canonical);
  if (existing !== undefined) return ok(createdPersonView(existing));
  const [first = '', ...rest] = input.name.trim().split(/\s+/);
  const company = store.companies.find((c) => c.name.toLowerCase() === input.company_name?.toLowerCase());
  const now = ctx.state.isoNow();
  const person: PersonRecord = {
    id: randomUUID(),
    name: input.name,
    first_name: input.first_name ?? first,
    last_name: input.last_name ?? rest.join(' '),
    linkedin_url: canonical,
    linkedin_public_id: slug,
    current_job_title: input.current_job_title ?? null,
    current_company_name: input.company_name ?? null,
    current_company_id: company?.id ?? null,
    linkedin_location: input.linkedin_location ?? null,
    external_source_id: input.external_source_id ?? null,
    emails: [
      ...contactPoints([
        ['work', input.work_email],
        ['personal', input.personal_email],
      ]),
      ...(input.emails ?? []).map((value) => ({ contact_data_type: 'other', value })),
    ],
    phones: [
      ...contactPoints([
        ['work', input.work_phone],
        ['mobile', input.mobile_phone],
      ]),
      ...(input.phone_numbers ?? []).map((value) => ({ contact_data_type: 'other', value })),
    ],
    notes: input.notes ?? null,
    candidate_id: job === undefined ? null : randomUUID(),
    client_contact_id: client === undefined ? null : randomUUID(),
    job_ids: job === undefined ? [] : [job.id],
    created_at: now,
    updated_at: now,
  };
  store.persons.push(person);
  return ok(createdPersonView(person));
}

const digits = (s: string) => s.replace(/\D/g, '');

function searchPersons(ctx: RequestContext) {
  const q = parseBody(searchPersonsSchema, ctx.body);
  const canonical = q.linkedin_url === undefined ? undefined : normalizeLinkedInUrl(q.linkedin_url);
  const matches = ctx.state.store.persons.filter((p) => {
    if (canonical !== undefined && p.linkedin_url !== canonical) return false;
    if (q.name !== undefined && !p.name.toLowerCase().includes(q.name.toLowerCase())) return false;
    if (q.email !== undefined && !p.emails.some((e) => e.value.toLowerCase() === q.email?.toLowerCase()))
      return false;
    if (q.phone !== undefined && !p.phones.some((ph) => digits(ph.value) === digits(q.phone ?? '')))
      return false;
    if (q.job_id !== undefined && !p.job_ids.includes(q.job_id)) return false;
    if (!overlaps(q.job_ids_included, p.job_ids)) return false;
    if (!overlaps(q.current_company_ids, p.current_company_id === null ? [] : [p.current_company_id]))
      return false;
    return matchesKeywords(q.keywords, p.name, p.current_job_title, p.current_company_name);
  });
  const key = q.sort_by ?? 'created_at';
  const sorted = sortBy(matches, (p) => p[key], q.sort_order ?? 'desc');
  return okPage(sorted, q.offset, q.limit, personView);
}

function getPerson(ctx: RequestContext) {
  const id = ctx.params.id ?? '';
  if (!z.uuid().safeParse(id).success) throw validationError('id', 'must be a UUID');
  const person = ctx.state.store.person(id);
  if (person === undefined) throw notFound(`No person with id ${id}`);
  return ok(personView(person));
}

export const personRoutes: Route[] = [
  { method: 'POST', pattern: '/v1/persons', handler: createPerson },
  { method: 'POST', pattern: '/v1/persons/search', handler: searchPersons },
  { method: 'GET', pattern: '/v1/persons/:id', handler: getPerson },
];
