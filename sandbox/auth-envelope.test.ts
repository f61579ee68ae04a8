import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox, type TaskOut } from './test-support';

const invalidKeyBody = {
  success: false,
  error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired' },
};
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('auth', () => {
  it('rejects a missing, unknown or non-bearer key with the documented 401', async () => {
    const sbx = await startTestSandbox();
    for (const options of [
      { key: null },
      { key: 'ats-not-a-real-key' },
      { key: null, headers: { Authorization: 'Basic abc' } },
    ]) {
      const res = await sbx.post('/v1/tasks/search', {}, options);
      expect(res.status).toBe(401);
      expect(res.json).toStrictEqual(invalidKeyBody);
    }
  });

  it('accepts the demo key and keys added (then removed) via the admin API', async () => {
    const sbx = await startTestSandbox();
    expect((await sbx.post('/v1/tasks/search')).status).toBe(200);
    expect((await sbx.post('/v1/tasks/search', {}, { key: 'extra_key' })).status).toBe(401);
    await sbx.call('POST', '/__admin/keys', { key: 'extra_key' }, { key: null });
    expect((await sbx.post('/v1/tasks/search', {}, { key: 'extra_key' })).status).toBe(200);
    await sbx.call('DELETE', '/__admin/keys/extra_key', undefined, { key: null });
    expect((await sbx.post('/v1/tasks/search', {}, { key: 'extra_key' })).status).toBe(401);
  });

  it('checks auth before routing, so an unknown route without a key is a 401', async () => {
    const sbx = await startTestSandbox();
    expect((await sbx.get('/v1/nope', { key: null })).status).toBe(401);
  });
});

describe('envelopes', () => {
  it('wraps a created task in {success, data} with 200, a UUID and ISO timestamps', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<TaskOut>('/v1/tasks', {
      content_text: 'Ping Avery',
      task_type: 'linkedin_message',
    });
    expect(res.status).toBe(200);
    expect(res.json.success).toBe(true);
    expect(res.json.data.id).toMatch(uuidPattern);
    expect(new Date(res.json.data.created_at).toISOString()).toBe(res.json.data.created_at);
    expect(res.json.data.updated_at).toBe(res.json.data.created_at);
    expect(Object.keys(res.json.data).sort()).toStrictEqual(
      [
        'id',
        'content_text',
        'task_type',
        'due_date',
        'is_completed',
        'person_id',
        'deal_id',
        'client_id',
        'job_id',
        'created_at',
        'updated_at',
        'owners',
      ].sort(),
    );
    // Omitted owner_ids: the caller (the demo key acts as Dana Demo).
    expect(res.json.data.owners).toStrictEqual([
      { id: SEED_IDS.team.dana, first_name: 'Dana', last_name: 'Demo' },
    ]);
  });

  it('keeps explicit owners, including an empty list', async () => {
    const sbx = await startTestSandbox();
    const none = await sbx.post<TaskOut>('/v1/tasks', {
      content_text: 'x',
      task_type: 'other',
      owner_ids: [],
    });
    expect(none.json.data.owners).toStrictEqual([]);
    const two = await sbx.post<TaskOut>('/v1/tasks', {
      content_text: 'x',
      task_type: 'other',
      owner_ids: [SEED_IDS.team.sam, SEED_IDS.team.aiko, SEED_IDS.team.sam],
    });
    expect(two.json.data.owners.map((o) => o.first_name)).toStrictEqual(['Sam', 'Aiko']);
  });

  it('answers searches with the paginated envelope', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<TaskOut[]>('/v1/tasks/search', { limit: 2, offset: 1 });
    expect(res.json.success).toBe(true);
    expect(res.json.data).toHaveLength(2);
    expect(res.json.meta).toStrictEqual({ total: 3, offset: 1, limit: 2 });
  });

  it('lists the seeded team, with the demo user', async () => {
    const sbx = await startTestSandbox();
    const res =
      await sbx.get<{ id: string; first_name: string; last_name: string; email: string }[]>(
        '/v1/team-members',
      );
    expect(res.status).toBe(200);
    expect(res.json.data).toHaveLength(4);
    expect(res.json.data).toContainEqual(
      expect.objectContaining({ id: SEED_IDS.team.dana, first_name: 'Dana', last_name: 'Demo' }),
    );
    expect(res.json.meta).toStrictEqual({ total: 4, offset: 0, limit: 100 });
  });

  it('pages team members with ?offset=&limit= and rejects bad values', async () => {
    const sbx = await startTestSandbox();
    const page = await sbx.get<{ first_name: string }[]>('/v1/team-members?offset=1&limit=2');
    expect(page.json.data.map((m) => m.first_name)).toStrictEqual(['Dana', 'Marco']);
    expect(page.json.meta).toStrictEqual({ total: 4, offset: 1, limit: 2 });
    const bad = await sbx.get('/v1/team-members?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.json.error?.field).toBe('limit');
  });

  it('answers an unknown route or method with a v1 404', async () => {
    const sbx = await startTestSandbox();
    for (const [method, path] of [
      ['GET', '/v1/tasks'],
      ['POST', '/v1/nothing'],
      ['DELETE', '/v1/persons/x'],
      ['GET', '/'],
    ]) {
      const res = await sbx.call(method ?? 'GET', path ?? '/');
      expect(res.status).toBe(404);
      expect(res.json.success).toBe(false);
      expect(res.json.error?.code).toBe('NOT_FOUND');
    }
  });

  it('gets a person by id, 404 for an unknown id, 400 for a malformed one', async () => {
    const sbx = await startTestSandbox();
    const found = await sbx.get<{ id: string; name: string; linkedin_public_id: string }>(
      `/v1/persons/${SEED_IDS.persons.avery}`,
    );
    expect(found.status).toBe(200);
    expect(found.json.data).toMatchObject({
      id: SEED_IDS.persons.avery,
      name: 'Avery Quinn',
      linkedin_public_id: 'avery-quinn',
    });
    const missing = await sbx.get('/v1/persons/5eed0002-0000-4000-8000-0000000000ff');
    expect(missing.status).toBe(404);
    expect(missing.json.error?.code).toBe('NOT_FOUND');
    const malformed = await sbx.get('/v1/persons/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toStrictEqual({
      code: 'VALIDATION_ERROR',
      message: 'id: must be a UUID',
      field: 'id',
    });
  });
});
