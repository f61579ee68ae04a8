import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox } from './test-support';

const validTask = { content_text: 'Follow up', task_type: 'call' };

function expectValidationError(
  res: { status: number; json: { success: boolean; error?: unknown } },
  field: string,
  problem: string,
) {
  expect(res.status).toBe(400);
  expect(res.json).toStrictEqual({
    success: false,
    error: { code: 'VALIDATION_ERROR', message: `${field}: ${problem}`, field },
  });
}

describe('POST /v1/tasks validation', () => {
  it.each([
    ['a missing required field', { task_type: 'call' }, 'content_text', 'is required'],
    ['an empty content_text', { ...validTask, content_text: '' }, 'content_text', 'must not be empty'],
    [
      'a wrong enum value',
      { ...validTask, task_type: 'email' },
      'task_type',
      'must be one of: "text", "linkedin_message", "linkedin_connection", "call", "other"',
    ],
    ['a malformed UUID', { ...validTask, person_id: '1234' }, 'person_id', 'must be a UUID'],
    [
      'a malformed UUID inside an array',
      { ...validTask, owner_ids: [SEED_IDS.team.dana, 'x'] },
      'owner_ids[1]',
      'must be a UUID',
    ],
    [
      'a date-only due_date',
      { ...validTask, due_date: '2026-02-15' },
      'due_date',
      'must be an ISO 8601 date-time, e.g. 2024-02-15T17:00:00Z',
    ],
    [
      'a due_date without timezone',
      { ...validTask, due_date: '2026-02-15T17:00:00' },
      'due_date',
      'must be an ISO 8601 date-time, e.g. 2024-02-15T17:00:00Z',
    ],
    ['a null due_date (omit it instead)', { ...validTask, due_date: null }, 'due_date', 'must be a string'],
    [
      'a wrong type',
      { ...validTask, is_completed: 'yes' },
      'is_completed',
      'must be a boolean (true or false)',
    ],
    ['an unknown field', { ...validTask, priority: 'high' }, 'priority', 'is not a known field'],
    [
      'a camelCase spelling of a real field',
      { ...validTask, dueDate: '2026-02-15T17:00:00Z' },
      'dueDate',
      'is not a known field',
    ],
  ])('rejects %s', async (_label, body, field, problem) => {
    const sbx = await startTestSandbox();
    expectValidationError(await sbx.post('/v1/tasks', body), field, problem);
    expect(sbx.store.tasks).toHaveLength(3);
  });

  it('accepts a due_date with an offset and stores it in UTC', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<{ due_date: string }>('/v1/tasks', {
      ...validTask,
      due_date: '2026-02-15T17:00:00+02:00',
    });
    expect(res.status).toBe(200);
    expect(res.json.data.due_date).toBe('2026-02-15T15:00:00.000Z');
  });

  it('rejects a body that is not JSON, or not an object', async () => {
    const sbx = await startTestSandbox();
    expectValidationError(await sbx.post('/v1/tasks', '{"content_text":'), 'body', 'must be valid JSON');
    expectValidationError(await sbx.post('/v1/tasks', [validTask]), 'body', 'must be a JSON object');
  });

  it.each([
    ['person_id', SEED_IDS.persons.avery],
    ['job_id', SEED_IDS.jobs.backend],
    ['deal_id', SEED_IDS.deals.globex],
    ['client_id', SEED_IDS.companies.northwind],
  ])('answers 404 NOT_FOUND for a %s that names no record', async (field, existing) => {
    const sbx = await startTestSandbox();
    const ghost = '0f0f0f0f-0000-4000-8000-000000000000';
    const res = await sbx.post('/v1/tasks', { ...validTask, [field]: ghost });
    expect(res.status).toBe(404);
    expect(res.json.error?.code).toBe('NOT_FOUND');
    expect(res.json.error?.message).toContain(field);
    expect((await sbx.post('/v1/tasks', { ...validTask, [field]: existing })).status).toBe(200);
  });

  it('answers 404 for an unknown owner id', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post('/v1/tasks', {
      ...validTask,
      owner_ids: ['0f0f0f0f-0000-4000-8000-000000000000'],
    });
    expect(res.status).toBe(404);
    expect(res.json.error?.message).toContain('owner_ids');
  });
});

describe('search and person validation', () => {
  it.each([
    ['/v1/tasks/search', { limit: 0 }, 'limit', 'must be at least 1'],
    ['/v1/tasks/search', { limit: 101 }, 'limit', 'must be at most 100'],
    ['/v1/tasks/search', { limit: 2.5 }, 'limit', 'must be an integer'],
    ['/v1/tasks/search', { offset: -1 }, 'offset', 'must be at least 0'],
    ['/v1/tasks/search', { keywords: 'follow' }, 'keywords', 'must be an array'],
    [
      '/v1/tasks/search',
      { related_record_type: 'candidate' },
      'related_record_type',
      'must be one of: "person", "deal", "client", "job"',
    ],
    [
      '/v1/tasks/search',
      { sort_by: 'name' },
      'sort_by',
      'must be one of: "created_at", "due_date", "updated_at"',
    ],
    [
      '/v1/tasks/search',
      { due_date_end: 'next week' },
      'due_date_end',
      'must be an ISO 8601 date-time (e.g. 2024-02-15T17:00:00Z) or date (2024-02-15)',
    ],
    ['/v1/tasks/search', { related_to: 'abc' }, 'related_to', 'must be a UUID'],
    ['/v1/persons/search', { linkedinUrl: 'x' }, 'linkedinUrl', 'is not a known field'],
    ['/v1/persons/search', { email: 'nope' }, 'email', 'must be an email address'],
    ['/v1/persons', { linkedin_url: 'https://www.linkedin.com/in/x' }, 'name', 'is required'],
    ['/v1/persons', { name: 'X' }, 'linkedin_url', 'is required'],
    [
      '/v1/persons',
      { name: 'X', linkedin_url: 'https://example.com/x' },
      'linkedin_url',
      'must be a LinkedIn profile URL like https://www.linkedin.com/in/<slug>',
    ],
    ['/v1/jobs/search', { is_archived: 'false' }, 'is_archived', 'must be a boolean (true or false)'],
    ['/v1/jobs/search', { limit: 201 }, 'limit', 'must be at most 200'],
    [
      '/v1/deals/search',
      { show_open_deals_only: 1 },
      'show_open_deals_only',
      'must be a boolean (true or false)',
    ],
    ['/v1/companies/search', { is_client: true, clients_only: true }, 'clients_only', 'is not a known field'],
  ])('%s rejects %j', async (path, body, field, problem) => {
    const sbx = await startTestSandbox();
    expectValidationError(await sbx.post(path, body), field, problem);
  });

  it('accepts documented fields it does not act on', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post('/v1/jobs/search', {
      limit: 200,
      vector_search: 'backend',
      include: ['custom_fields'],
      select_attribute_filters: [],
    });
    expect(res.status).toBe(200);
  });
});
