/**
 * Test support: the outbox harness against a real sandbox server, with the sandbox's admin API
 * (faults, request log, state). Used by lib/outbox's sandbox tests.
 *
 *   const s = await outboxOnSandbox();
 *   await s.admin('faults', { route: 'POST /v1/tasks', count: 1, commit: true, status: 500 });
 *   ...; await s.close();
 */
import { SANDBOX_DEMO_KEY } from '@/lib/config';
import { startSandbox } from '@/sandbox/server';
import { type Clock, createOutboxHarness, type HarnessOptions } from '@/tests/support/outbox-harness';

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
  body: unknown;
}

export async function outboxOnSandbox(
  options: { rateLimitPerMinute?: number; clock?: Clock } & Partial<HarnessOptions> = {},
) {
  const { rateLimitPerMinute = 600, clock } = options;
  const sandbox = await startSandbox({ port: 0, quiet: true, rateLimitPerMinute, now: clock?.now });
  async function admin(path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${sandbox.url}/__admin/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return ((await response.json()) as { data: unknown }).data;
  }
  const harness = (extra: Partial<HarnessOptions> = {}) =>
    createOutboxHarness({
      baseUrl: sandbox.url,
      apiKey: SANDBOX_DEMO_KEY,
      rateLimitPerMinute,
      clock,
      backoff: { baseMs: 50 },
      ...options,
      ...extra,
    });
  return {
    sandbox,
    h: harness(),
    harness,
    admin,
    requests: async () => (await admin('requests')) as LoggedRequest[],
    tasksNamed: async (text: string) =>
      ((await admin('state')) as { tasks: { id: string; content_text: string }[] }).tasks.filter(
        (t) => t.content_text === text,
      ),
    close: () => sandbox.close(),
  };
}
