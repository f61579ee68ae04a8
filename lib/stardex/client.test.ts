import { describe, expect, it } from 'vitest';
import type { StardexApiError } from '@/lib/stardex/api-error';
import { createStardexClient } from '@/lib/stardex/client';
import { createRateLimiter } from '@/lib/stardex/rate-limiter';
import { createFakeStardex } from '@/tests/support/fake-stardex';

function setup(overrides: { apiKey?: string; fetch?: typeof fetch; timeoutMs?: number } = {}) {
  const fake = createFakeStardex();
  const rateLimiter = createRateLimiter({ limit: 60 });
  const client = createStardexClient({
    baseUrl: 'https://api.stardex.example',
    apiKey: overrides.apiKey ?? 'test-key',
    rateLimiter,
    timeoutMs: overrides.timeoutMs ?? 1000,
    fetch: overrides.fetch ?? fake.fetch,
  });
  return { fake, client, rateLimiter };
}

const fails = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as StardexApiError,
  );

describe('createStardexClient', () => {
  it('sends the Bearer key and JSON body and parses the created task', async () => {
    const seen: Request[] = [];
    const { fake } = setup();
    const { client } = setup({
      fetch: async (input, init) => {
        seen.push(new Request(String(input), init));
        return fake.fetch(input, init);
      },
    });
    const created = await client.createTask({ content_text: 'Follow up', task_type: 'call', due_date: null });
    expect(created.task).toMatchObject({ content_text: 'Follow up', task_type: 'call' });
    expect(created.id).toBe(created.task?.id);
    expect(seen[0]?.url).toBe('https://api.stardex.example/v1/tasks');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer test-key');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('never carries the key out of a server answer that echoes the request headers', async () => {
    const key = 'sbx_secret_6d1f0a9c';
    for (const status of [400, 404, 500]) {
      const { client } = setup({
        apiKey: key,
        fetch: async (_input, init) => {
          const headers = JSON.stringify(Object.fromEntries(new Headers(init?.headers).entries()));
          return new Response(
            JSON.stringify({ success: false, error: { code: 'X', message: `bad: headers were ${headers}` } }),
            { status },
          );
        },
      });
      const error = await fails(client.createTask({ content_text: 'x', task_type: 'call', due_date: null }));
      expect(error?.message, String(status)).toBeTruthy();
      expect(JSON.stringify({ ...error?.toData(), message: error?.message, code: error?.code })).not.toMatch(
        /sbx_secret|Bearer (?!\[redacted\])/,
      );
    }
  });

  it('keeps unknown response fields and tolerates missing optional ones', async () => {
    const { client } = setup({
      fetch: async () =>
        new Response(
          JSON.stringify({ success: true, data: [{ id: 'p1', brand_new_field: 42 }], extra: true }),
        ),
    });
    const persons = await client.searchPersons({ linkedin_url: 'https://www.linkedin.com/in/x/' });
    expect(persons).toEqual([{ id: 'p1', brand_new_field: 42 }]);
  });

  it('skips list items it cannot use instead of failing the list', async () => {
    const { client } = setup({
      fetch: async () =>
        new Response(JSON.stringify({ success: true, data: [{ name: 'no id' }, { id: 'j1', name: 'Job' }] })),
    });
    expect(await client.searchJobs({})).toEqual([{ id: 'j1', name: 'Job' }]);
  });

  it('accepts team members with or without meta', async () => {
    const { client } = setup({
      fetch: async () =>
        new Response(JSON.stringify({ success: true, data: [{ id: 't1', first_name: 'A' }] })),
    });
    expect(await client.listTeamMembers()).toEqual([{ id: 't1', first_name: 'A' }]);
  });

  it('maps both error shapes to one typed error', async () => {
    const { client, fake } = setup();
    fake.fault('POST /v1/tasks', { status: 500, body: 'plain' }, { status: 403 });
    expect(await fails(client.createTask({ content_text: 'x', task_type: 'call' }))).toMatchObject({
      kind: 'server',
      status: 500,
    });
    expect(await fails(client.createTask({ content_text: 'x', task_type: 'call' }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
    const { client: badKey } = setup({ apiKey: 'wrong' });
    expect(await fails(badKey.searchTasks({ limit: 1 }))).toMatchObject({
      kind: 'unauthorized',
      code: 'INVALID_API_KEY',
      message: 'API key rejected — check it in Options',
    });
  });

  it('reports network failures and timeouts as different kinds', async () => {
    const { client, fake } = setup({ timeoutMs: 20 });
    fake.fault('POST /v1/tasks', { closeConnection: 'before' }, { hang: true });
    expect(await fails(client.createTask({ content_text: 'x', task_type: 'call' }))).toMatchObject({
      kind: 'network',
    });
    expect(await fails(client.createTask({ content_text: 'x', task_type: 'call' }))).toMatchObject({
      kind: 'timeout',
    });
  });

  it('pauses the shared limiter on a 429', async () => {
    const { client, fake, rateLimiter } = setup();
    fake.fault('POST /v1/tasks', { status: 429, headers: { 'retry-after': '9' } });
    const before = Date.now();
    const error = await fails(client.createTask({ content_text: 'x', task_type: 'call' }));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 9000 });
    expect(rateLimiter.snapshot().pausedUntil).toBeGreaterThanOrEqual(before + 9000);
  });

  it('refuses a plain-http base URL and a missing key before any request', async () => {
    const { rateLimiter } = setup();
    expect(() => createStardexClient({ baseUrl: 'http://api.stardex.ai', apiKey: 'k', rateLimiter })).toThrow(
      /Use https. Plain http is only allowed for localhost/,
    );
    const { client, fake } = setup({ apiKey: '' });
    expect(await fails(client.searchTasks({}))).toMatchObject({ kind: 'config', code: 'NO_API_KEY' });
    expect(fake.state.requests).toHaveLength(0);
  });

  it('answers undefined for a person that does not exist', async () => {
    const { client } = setup();
    expect(await client.getPerson('nope')).toBeUndefined();
  });
});
