/**
 * Deterministic demo data: fixed UUIDs (so tests and demos can refer to records by id) and fixed
 * timestamps. Every name here is invented.
 */
import { linkedInSlug, normalizeLinkedInUrl } from './normalize-linkedin-url';
import { SEED_IDS } from './seed-ids';
import type { PersonRecord, SandboxStore } from './store';

export { DEMO_TEAM_MEMBER_ID, SEED_IDS } from './seed-ids';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
/** Seeded timestamps, one hour apart, so sorting by created_at is deterministic. */
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

/** Fills an (empty) store with the demo data. */
export function seedStore(store: SandboxStore): void {
  const { team, persons, jobs, deals, companies, tasks, jobStatuses, dealStatuses } = SEED_IDS;
  const member = (id: string, first_name: string, last_name: string) => ({
    id,
    first_name,
    last_name,
    email: `${first_name.toLowerCase()}@recruiting.example`,
    image_url: null,
  });
  store.teamMembers.push(
    member(team.dana, 'Dana', 'Demo'),
    member(team.marco, 'Marco', 'Ferrante'),
    member(team.aiko, 'Aiko', 'Nishimura'),
    member(team.sam, 'Sam', 'Adeyemi'),
  );

  const company = (id: string, name: string, domain: string, is_client: boolean, hour: number) => ({
    id,
    name,
    domain,
    linkedin_url: `https://www.linkedin.com/company/${domain.split('.')[0]}/`,
    location: 'Berlin, Germany',
    description: null,
    is_client,
    owner_ids: is_client ? [team.dana] : [],
    created_at: at(hour),
    updated_at: at(hour),
  });
  store.companies.push(
    company(companies.northwind, 'Northwind Analytics', 'northwind.example', true, 0),
    company(companies.globex, 'Globex Robotics', 'globex.example', true, 1),
    company(companies.initech, 'Initech Payments', 'initech.example', true, 2),
    company(companies.hooli, 'Hooli Cloud', 'hooli.example', false, 3),
    company(companies.vandelay, 'Vandelay Imports', 'vandelay.example', false, 4),
  );

  const job = (
    id: string,
    name: string,
    client: string,
    status: 'open' | 'onHold' | 'filled',
    hour: number,
  ) => ({
    id,
    name,
    client_company_id: client,
    job_status_id: jobStatuses[status],
    job_status_name: { open: 'Open', onHold: 'On hold', filled: 'Filled' }[status],
    location: 'Remote (EU)',
    is_archived: status === 'filled',
    is_public: status === 'open',
    owner_ids: [team.dana],
    open_date: at(hour).slice(0, 10),
    salary_range: '[70000,90000]',
    description: null,
    created_at: at(hour),
    updated_at: at(hour),
  });
  store.jobs.push(
    job(jobs.backend, 'Senior Backend Engineer', companies.northwind, 'open', 5),
    job(jobs.designer, 'Product Designer', companies.globex, 'open', 6),
    job(jobs.sre, 'Site Reliability Engineer', companies.northwind, 'onHold', 7),
    job(jobs.pm, 'Product Manager, Payments', companies.initech, 'open', 8),
    job(jobs.dataOld, 'Data Engineer (2025)', companies.globex, 'filled', 9),
  );

  const deal = (
    id: string,
    name: string,
    client: string,
    status: keyof typeof dealStatuses,
    hour: number,
  ) => ({
    id,
    name,
    amount: 25000,
    currency_code: 'EUR',
    deal_status_id: dealStatuses[status],
    client_id: client,
    job_ids: [] as string[],
    owner_ids: [team.marco],
    is_open: status !== 'lost',
    is_archived: false,
    created_at: at(hour),
    updated_at: at(hour),
  });
  store.deals.push(
    deal(deals.northwind, 'Northwind – engineering retainer', companies.northwind, 'negotiation', 10),
    deal(deals.globex, 'Globex – design hires', companies.globex, 'prospecting', 11),
    deal(deals.initech, 'Initech – payments team', companies.initech, 'prospecting', 12),
    deal(deals.hooliLost, 'Hooli – platform search', companies.hooli, 'lost', 13),
  );

  const person = (id: string, name: string, slug: string, title: string, companyId: string, hour: number) =>
    seedPerson(store, { id, name, slug, title, companyId, hour });
  store.persons.push(
    person(persons.avery, 'Avery Quinn', 'avery-quinn', 'Staff Engineer', companies.hooli, 14),
    person(persons.noor, 'Noor Haddad', 'noor-haddad-sbx', 'Design Lead', companies.vandelay, 15),
    person(persons.felix, 'Felix Brandt', 'felixbrandt', 'Engineering Manager', companies.hooli, 16),
    person(persons.ines, 'Inês Carvalho', 'in%C3%AAs-carvalho', 'Data Scientist', companies.vandelay, 17),
    person(persons.tomas, 'Tomas Lindqvist', 'tomas-lindqvist-42', 'Product Manager', companies.hooli, 18),
  );

  const task = (id: string, content_text: string, extra: Partial<Parameters<SandboxStore['addTask']>[0]>) =>
    store.addTask({
      id,
      content_text,
      task_type: 'linkedin_message',
      due_date: null,
      is_completed: false,
      person_id: null,
      deal_id: null,
      client_id: null,
      job_id: null,
      owner_ids: [team.dana],
      created_at: at(20),
      updated_at: at(20),
      ...extra,
    });
  task(tasks.followUpAvery, 'Follow up with Avery about the backend role', {
    person_id: persons.avery,
    job_id: jobs.backend,
    due_date: '2026-02-02T09:00:00.000Z',
    created_at: at(20),
    updated_at: at(20),
  });
  task(tasks.callNoor, 'Call Noor to walk through the design case study', {
    task_type: 'call',
    person_id: persons.noor,
    client_id: companies.globex,
    owner_ids: [team.aiko],
    due_date: '2026-02-05T14:30:00.000Z',
    created_at: at(21),
    updated_at: at(21),
  });
  task(tasks.doneFelix, 'Send Felix the connection request', {
    task_type: 'linkedin_connection',
    person_id: persons.felix,
    deal_id: deals.northwind,
    is_completed: true,
    created_at: at(22),
    updated_at: at(23),
  });
}

function seedPerson(
  store: SandboxStore,
  p: { id: string; name: string; slug: string; title: string; companyId: string; hour: number },
): PersonRecord {
  const url = `https://www.linkedin.com/in/${p.slug}/`;
  const [first_name = '', ...rest] = p.name.split(' ');
  return {
    id: p.id,
    name: p.name,
    first_name,
    last_name: rest.join(' '),
    linkedin_url: normalizeLinkedInUrl(url) ?? url,
    linkedin_public_id: linkedInSlug(url) ?? p.slug,
    current_job_title: p.title,
    current_company_name: store.company(p.companyId)?.name ?? null,
    current_company_id: p.companyId,
    linkedin_location: 'Lisbon, Portugal',
    external_source_id: null,
    emails: [{ contact_data_type: 'work', value: `${asciiLower(first_name)}@mail.example` }],
    phones: [],
    notes: null,
    candidate_id: null,
    client_contact_id: null,
    job_ids: [],
    created_at: new Date(T0 + p.hour * 3_600_000).toISOString(),
    updated_at: new Date(T0 + p.hour * 3_600_000).toISOString(),
  };
}

function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
