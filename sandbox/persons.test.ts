import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox } from './test-support';

interface PersonOut {
  id: string;
  name: string;
  first_name?: string;
  last_name?: string;
  linkedin_public_id: string;
  emails: { contact_data_type: string; value: string }[];
  phones: { contact_data_type: string; value: string }[];
  candidate_id?: string | null;
  client_contact_id?: string | null;
}

describe('POST /v1/persons', () => {
  it('creates a person with the §3.1 response fields', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<PersonOut>('/v1/persons', {
      name: 'Rowan Testperson',
      linkedin_url: 'https://www.linkedin.com/in/rowan-testperson/',
      current_job_title: 'Platform Engineer',
      company_name: 'Hooli Cloud',
      linkedin_location: 'Porto',
      work_email: 'rowan@work.example',
      emails: ['rowan@home.example'],
      mobile_phone: '+351 900 000 000',
    });
    expect(res.status).toBe(200);
    expect(res.json.data).toStrictEqual({
      id: expect.any(String),
      name: 'Rowan Testperson',
      linkedin_public_id: 'rowan-testperson',
      current_job_title: 'Platform Engineer',
      company_name: 'Hooli Cloud',
      linkedin_location: 'Porto',
      emails: [
        { contact_data_type: 'work', value: 'rowan@work.example' },
        { contact_data_type: 'other', value: 'rowan@home.example' },
      ],
      phones: [{ contact_data_type: 'mobile', value: '+351 900 000 000' }],
      candidate_id: null,
      client_contact_id: null,
      external_source_id: null,
    });
    const full = await sbx.get<PersonOut & { current_company_id: string }>(`/v1/persons/${res.json.data.id}`);
    expect(full.json.data).toMatchObject({
      first_name: 'Rowan',
      last_name: 'Testperson',
      current_company_id: SEED_IDS.companies.hooli,
    });
  });

  it('returns the existing person for any variant of a known LinkedIn URL, without duplicating', async () => {
    const sbx = await startTestSandbox();
    const before = sbx.store.persons.length;
    for (const url of [
      'https://www.linkedin.com/in/avery-quinn/',
      'http://uk.linkedin.com/in/Avery-Quinn?trk=x#top',
      'linkedin.com/in/avery%2Dquinn',
      'https://m.linkedin.com/in/AVERY-QUINN',
    ]) {
      const res = await sbx.post<PersonOut>('/v1/persons', { name: 'Someone Else', linkedin_url: url });
      expect(res.status).toBe(200);
      expect(res.json.data.id).toBe(SEED_IDS.persons.avery);
      expect(res.json.data.name).toBe('Avery Quinn');
    }
    expect(sbx.store.persons).toHaveLength(before);
  });

  it('dedupes persons it created itself too', async () => {
    const sbx = await startTestSandbox();
    const first = await sbx.post<PersonOut>('/v1/persons', {
      name: 'Kai Example',
      linkedin_url: 'https://de.linkedin.com/in/kai-example',
    });
    const second = await sbx.post<PersonOut>('/v1/persons', {
      name: 'Kai Example',
      linkedin_url: 'https://www.linkedin.com/in/KAI-example/',
    });
    expect(second.json.data.id).toBe(first.json.data.id);
  });

  it('attaches to a job (candidate_id) and a client (client_contact_id); 404 for unknown ones', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<PersonOut>('/v1/persons', {
      name: 'Lee Candidate',
      linkedin_url: 'https://www.linkedin.com/in/lee-candidate',
      job_id: SEED_IDS.jobs.backend,
      client_name: 'globex robotics',
    });
    expect(res.json.data.candidate_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json.data.client_contact_id).toMatch(/^[0-9a-f-]{36}$/);
    const jobs = await sbx.post<{ candidate_count: number }[]>('/v1/jobs/search', {
      company_ids_included: [SEED_IDS.companies.northwind],
      keywords: ['backend'],
    });
    expect(jobs.json.data[0]?.candidate_count).toBe(1);
    const missing = await sbx.post('/v1/persons', {
      name: 'X',
      linkedin_url: 'https://www.linkedin.com/in/x-y',
      job_name: 'No such job',
    });
    expect(missing.status).toBe(404);
  });
});

describe('POST /v1/persons/search', () => {
  it('finds a person by any variant of the LinkedIn URL', async () => {
    const sbx = await startTestSandbox();
    for (const url of [
      'https://www.linkedin.com/in/noor-haddad-sbx',
      'https://fr.linkedin.com/in/Noor-Haddad-SBX/?x=1',
      'www.linkedin.com/in/noor-haddad-sbx/',
    ]) {
      const res = await sbx.post<PersonOut[]>('/v1/persons/search', { linkedin_url: url, limit: 1 });
      expect(res.json.data.map((p) => p.id)).toStrictEqual([SEED_IDS.persons.noor]);
      expect(res.json.meta).toStrictEqual({ total: 1, offset: 0, limit: 1 });
    }
  });

  it('matches percent-encoded and plain non-ASCII slugs', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<PersonOut[]>('/v1/persons/search', {
      linkedin_url: 'https://www.linkedin.com/in/inês-carvalho/',
    });
    expect(res.json.data.map((p) => p.id)).toStrictEqual([SEED_IDS.persons.ines]);
  });

  it('returns no match (not an error) for an unknown or non-LinkedIn URL', async () => {
    const sbx = await startTestSandbox();
    for (const url of ['https://www.linkedin.com/in/nobody-here', 'https://example.com/in/avery-quinn']) {
      const res = await sbx.post<PersonOut[]>('/v1/persons/search', { linkedin_url: url });
      expect(res.status).toBe(200);
      expect(res.json.data).toStrictEqual([]);
      expect(res.json.meta?.total).toBe(0);
    }
  });

  it('filters by name, email and keywords; returns §3.3 person objects', async () => {
    const sbx = await startTestSandbox();
    const byName = await sbx.post<PersonOut[]>('/v1/persons/search', { name: 'felix' });
    expect(byName.json.data.map((p) => p.name)).toStrictEqual(['Felix Brandt']);
    expect(Object.keys(byName.json.data[0] ?? {})).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'first_name',
        'last_name',
        'linkedin_public_id',
        'current_company_id',
        'work_experience',
      ]),
    );
    const byEmail = await sbx.post<PersonOut[]>('/v1/persons/search', { email: 'TOMAS@mail.example' });
    expect(byEmail.json.data.map((p) => p.id)).toStrictEqual([SEED_IDS.persons.tomas]);
    const byKeyword = await sbx.post<PersonOut[]>('/v1/persons/search', {
      keywords: ['hooli'],
      sort_by: 'name',
      sort_order: 'asc',
    });
    expect(byKeyword.json.data.map((p) => p.name)).toStrictEqual([
      'Avery Quinn',
      'Felix Brandt',
      'Tomas Lindqvist',
    ]);
  });
});
