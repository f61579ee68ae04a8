import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox } from './test-support';

describe('CORS', () => {
  it.each([
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    'moz-extension://0f4c5e2a-1111-4222-8333-123456789abc',
    'http://localhost:3000',
    'http://127.0.0.1:8787',
  ])(
    'answers a preflight from %s with 204 and the allowed headers, without auth or counting',
    async (origin) => {
      const sbx = await startTestSandbox({ rateLimitPerMinute: 1 });
      const res = await fetch(`${sbx.url}/v1/tasks`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      // The one allowed request of the minute is still available.
      expect((await sbx.post('/v1/tasks/search', {}, { headers: { Origin: origin } })).status).toBe(200);
      expect((await sbx.get<unknown[]>('/__admin/requests', { key: null })).json.data).toHaveLength(1);
    },
  );

  it('grants nothing to other origins', async () => {
    const sbx = await startTestSandbox();
    for (const origin of ['https://www.linkedin.com', 'http://evil.example:3000', 'https://localhost:3000']) {
      const preflight = await fetch(`${sbx.url}/v1/tasks`, {
        method: 'OPTIONS',
        headers: { Origin: origin },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const res = await sbx.post('/v1/tasks/search', {}, { headers: { Origin: origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('exposes the rate-limit headers on actual responses, including errors', async () => {
    const sbx = await startTestSandbox();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const res = await sbx.post('/v1/tasks', {}, { headers: { Origin: origin } });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
    );
  });
});

describe('admin API', () => {
  it('logs every /v1 request with a masked but distinguishable key, and not admin calls', async () => {
    const sbx = await startTestSandbox();
    await sbx.call('POST', '/__admin/keys', { key: 'sbx_other_key_123' }, { key: null });
    await sbx.post('/v1/tasks/search', { limit: 1 });
    await sbx.post('/v1/tasks/search', { limit: 2 }, { key: 'sbx_other_key_123' });
    await sbx.get('/v1/team-members', { key: null });
    const log = await sbx.get<
      {
        method: string;
        path: string;
        authorization: string | null;
        body: unknown;
        status: number;
        at: string;
      }[]
    >('/__admin/requests', { key: null });
    expect(
      log.json.data.map(({ method, path, body, status }) => ({ method, path, body, status })),
    ).toStrictEqual([
      { method: 'POST', path: '/v1/tasks/search', body: { limit: 1 }, status: 200 },
      { method: 'POST', path: '/v1/tasks/search', body: { limit: 2 }, status: 200 },
      { method: 'GET', path: '/v1/team-members', body: null, status: 401 },
    ]);
    const [first, second, third] = log.json.data.map((e) => e.authorization);
    expect(first).toMatch(/^Bearer sbx_…_key#[0-9a-f]{6}$/);
    expect(second).toMatch(/^Bearer sbx_…_123#[0-9a-f]{6}$/);
    expect(first).not.toContain('demo');
    expect(third).toBeNull();
  });

  it('resets records, keys, faults and the log, and reseeds', async () => {
    const sbx = await startTestSandbox();
    await sbx.post('/v1/tasks', { content_text: 'Temporary', task_type: 'other' });
    await sbx.post('/v1/persons', {
      name: 'Temp Person',
      linkedin_url: 'https://www.linkedin.com/in/temp-person',
    });
    await sbx.call('POST', '/__admin/keys', { key: 'temp_key' }, { key: null });
    await sbx.call('POST', '/__admin/faults', { route: '* /v1/*', count: 5, status: 500 }, { key: null });
    const reset = await sbx.call('POST', '/__admin/reset', undefined, { key: null });
    expect(reset.json).toStrictEqual({ success: true, data: { rateLimitPerMinute: 60, seeded: true } });
    const state = await sbx.get<{ tasks: unknown[]; persons: unknown[]; keys: string[]; faults: unknown[] }>(
      '/__admin/state',
      { key: null },
    );
    expect(state.json.data.tasks).toHaveLength(3);
    expect(state.json.data.persons).toHaveLength(5);
    expect(state.json.data.keys).toStrictEqual(['sbx_demo_key']);
    expect(state.json.data.faults).toStrictEqual([]);
    expect((await sbx.get<unknown[]>('/__admin/requests', { key: null })).json.data).toStrictEqual([]);
    expect((await sbx.post('/v1/tasks/search', {}, { key: 'temp_key' })).status).toBe(401);
    expect((await sbx.get(`/v1/persons/${SEED_IDS.persons.avery}`)).status).toBe(200);
  });

  it('can reset to an empty store', async () => {
    const sbx = await startTestSandbox();
    await sbx.call('POST', '/__admin/reset', { seed: false }, { key: null });
    expect((await sbx.post('/v1/tasks/search')).json.meta?.total).toBe(0);
    expect((await sbx.get<unknown[]>('/v1/team-members')).json.data).toStrictEqual([]);
  });

  it('gives added keys an optional team member who owns their tasks by default', async () => {
    const sbx = await startTestSandbox();
    await sbx.call(
      'POST',
      '/__admin/keys',
      { key: 'sam_key', team_member_id: SEED_IDS.team.sam },
      { key: null },
    );
    await sbx.call('POST', '/__admin/keys', { key: 'bare_key' }, { key: null });
    const sams = await sbx.post<{ owners: { id: string }[] }>(
      '/v1/tasks',
      { content_text: 'x', task_type: 'call' },
      { key: 'sam_key' },
    );
    expect(sams.json.data.owners.map((o) => o.id)).toStrictEqual([SEED_IDS.team.sam]);
    const bare = await sbx.post<{ owners: unknown[] }>(
      '/v1/tasks',
      { content_text: 'x', task_type: 'call' },
      { key: 'bare_key' },
    );
    expect(bare.json.data.owners).toStrictEqual([]);
  });

  it('rejects malformed admin bodies and unknown admin routes', async () => {
    const sbx = await startTestSandbox();
    const bad = await sbx.call('POST', '/__admin/reset', { rateLimitPerMinute: 0 }, { key: null });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.field).toBe('rateLimitPerMinute');
    expect((await sbx.get('/__admin/nope', { key: null })).status).toBe(404);
  });
});
