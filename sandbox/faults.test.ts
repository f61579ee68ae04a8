import { describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from './test-support';

const task = { content_text: 'Fault test', task_type: 'other' };

async function addFault(sbx: TestSandbox, spec: Record<string, unknown>) {
  const res = await sbx.call<{ id: number }>('POST', '/__admin/faults', spec, { key: null });
  expect(res.status).toBe(200);
  return res.json.data;
}

describe('injected faults', () => {
  it('fails the next N matching requests with a v1 error, then behaves normally', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 2, status: 503 });
    for (let i = 0; i < 2; i++) {
      const res = await sbx.post('/v1/tasks', task);
      expect(res.status).toBe(503);
      expect(res.json).toStrictEqual({
        success: false,
        error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) },
      });
      expect(res.headers.get('x-ratelimit-limit')).toBe('60');
    }
    expect((await sbx.post('/v1/tasks', task)).status).toBe(200);
    expect(sbx.store.tasks).toHaveLength(4);
  });

  it('defaults to a 500 and only hits matching routes', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1 });
    expect((await sbx.post('/v1/tasks/search')).status).toBe(200);
    const res = await sbx.post('/v1/tasks', task);
    expect(res.status).toBe(500);
    expect(res.json.error?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers the Fastify-style plain body when asked', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/persons/search', count: 1, status: 502, body: 'plain' });
    const res = await sbx.post('/v1/persons/search', {
      linkedin_url: 'https://www.linkedin.com/in/avery-quinn',
    });
    expect(res.status).toBe(502);
    expect(res.json).toStrictEqual({
      message: 'Injected sandbox fault',
      error: 'Bad Gateway',
      statusCode: 502,
    });
  });

  it('injects a 429 with Retry-After and the documented body fields', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, status: 429, retryAfterSeconds: 7 });
    const res = await sbx.post('/v1/tasks', task);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.json.error).toMatchObject({
      code: 'RATE_LIMIT_EXCEEDED',
      retry_after_seconds: 7,
      limit: 60,
      reset_at: expect.any(Number),
    });
  });

  it('matches * wildcards in method and path', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: '* /v1/*/search', count: 2, status: 500 });
    expect((await sbx.post('/v1/jobs/search')).status).toBe(500);
    expect((await sbx.post('/v1/deals/search')).status).toBe(500);
    expect((await sbx.post('/v1/deals/search')).status).toBe(200);
  });

  it('delays a request and then answers it normally', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'GET /v1/team-members', count: 1, delayMs: 150 });
    const started = performance.now();
    const res = await sbx.get('/v1/team-members');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
  });

  it('drops the connection before handling: nothing is written', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, closeConnection: 'before' });
    await expect(sbx.post('/v1/tasks', task)).rejects.toThrow();
    expect(sbx.store.tasks).toHaveLength(3);
    const log = await sbx.get<{ path: string; status: number | null; fault?: number }[]>(
      '/__admin/requests',
      { key: null },
    );
    expect(log.json.data).toStrictEqual([
      expect.objectContaining({ path: '/v1/tasks', status: null, fault: 1 }),
    ]);
  });

  it('drops the connection after commit: the task exists though the client saw an error', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, closeConnection: 'after-commit' });
    await expect(
      sbx.post('/v1/tasks', { ...task, content_text: 'Committed but unanswered' }),
    ).rejects.toThrow();
    expect(sbx.store.tasks.map((t) => t.content_text)).toContain('Committed but unanswered');
    const retry = await sbx.post('/v1/tasks/search', { keywords: ['unanswered'] });
    expect(retry.json.meta?.total).toBe(1);
    const log = await sbx.get<{ path: string; status: number | null }[]>('/__admin/requests', { key: null });
    expect(log.json.data.map((e) => e.status)).toStrictEqual([null, 200]);
  });

  it('lists, validates and clears faults', async () => {
    const sbx = await startTestSandbox();
    const bad = await sbx.call('POST', '/__admin/faults', { route: 'tasks', count: 1 }, { key: null });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.field).toBe('route');
    await addFault(sbx, { route: 'POST /v1/tasks', count: 3, status: 500 });
    expect((await sbx.get<unknown[]>('/__admin/faults', { key: null })).json.data).toHaveLength(1);
    const cleared = await sbx.call('DELETE', '/__admin/faults', undefined, { key: null });
    expect(cleared.json.data).toStrictEqual({ cleared: 1 });
    expect((await sbx.post('/v1/tasks', task)).status).toBe(200);
  });

  it('commit faults handle the request for real, then answer the chosen status', async () => {
    const sbx = await startTestSandbox();
    const before = sbx.store.tasks.length;
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, commit: true, status: 503 });
    const res = await sbx.post('/v1/tasks', task);
    expect(res.status).toBe(503);
    expect(res.json.error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(sbx.store.tasks).toHaveLength(before + 1); // committed although the answer says otherwise
  });

  it('commit faults can answer a raw body (a proxy page, an unexpected JSON shape) with a 200', async () => {
    const sbx = await startTestSandbox();
    const before = sbx.store.tasks.length;
    await addFault(sbx, {
      route: 'POST /v1/tasks',
      count: 1,
      commit: true,
      rawBody: '<html>Bad gateway</html>',
    });
    const html = await sbx.post('/v1/tasks', task);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toBe('<html>Bad gateway</html>');
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, commit: true, rawBody: '{"ok":true}' });
    const odd = await sbx.post('/v1/tasks', task);
    expect([odd.status, odd.json]).toStrictEqual([200, { ok: true }]);
    expect(sbx.store.tasks).toHaveLength(before + 2);
  });

  it('commit faults with only a delay answer the real reply late, after committing', async () => {
    const sbx = await startTestSandbox();
    const before = sbx.store.tasks.length;
    await addFault(sbx, { route: 'POST /v1/tasks', count: 1, commit: true, delayMs: 300 });
    const pending = sbx.post('/v1/tasks', task);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sbx.store.tasks).toHaveLength(before + 1); // in Stardex before the answer arrives
    const res = await pending;
    expect([res.status, res.json.data?.content_text]).toStrictEqual([200, 'Fault test']);
  });

  it('everyNth hits every Nth matching request, count times', async () => {
    const sbx = await startTestSandbox();
    await addFault(sbx, { route: 'POST /v1/tasks', count: 2, everyNth: 3, status: 503 });
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await sbx.post('/v1/tasks', task)).status);
    expect(statuses).toStrictEqual([200, 200, 503, 200, 200, 503, 200, 200, 200]);
  });
});
