/**
 * The outbox against the real Stardex sandbox (sandbox/server.ts) with its fault injection.
 * Wall-clock tests use a fast backoff; the "real figure" test runs at the shipped 60/min on a
 * virtual clock shared by the sandbox and the client.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_DEMO_KEY } from '@/lib/config';
import { type RunningSandbox, startSandbox } from '@/sandbox/server';
import { createOutboxHarness, memoryOutboxStore, virtualClock } from '@/tests/support/outbox-harness';
import { submission } from '@/tests/support/outbox-test-kit';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
}

async function admin(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox?.url}/__admin/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return ((await response.json()) as { data: unknown }).data;
}
const requests = async () => (await admin('requests')) as LoggedRequest[];
const tasksNamed = async (text: string) =>
  ((await admin('state')) as { tasks: { content_text: string }[] }).tasks.filter(
    (t) => t.content_text === text,
  );

async function setup(
  rateLimitPerMinute = 600,
  clock = undefined as ReturnType<typeof virtualClock> | undefined,
) {
  sandbox = await startSandbox({ port: 0, quiet: true, rateLimitPerMinute, now: clock?.now });
  return createOutboxHarness({
    baseUrl: sandbox.url,
    apiKey: SANDBOX_DEMO_KEY,
    rateLimitPerMinute,
    clock,
    backoff: { baseMs: 50 },
  });
}

describe('outbox against the sandbox', () => {
  it('500 twice then success → one task', async () => {
    const h = await setup();
    await admin('faults', { route: 'POST /v1/tasks', count: 2, status: 500 });
    const sub = submission(1, 'Five hundred twice');
    await h.outbox.submit(sub);
    await h.runUntilIdle(30_000);
    expect(h.items()[0]).toMatchObject({ state: 'done', attempts: 3 });
    expect(await tasksNamed('Five hundred twice')).toHaveLength(1);
  });

  it('429 with Retry-After → waits, one task', async () => {
    const h = await setup();
    await admin('faults', { route: 'POST /v1/tasks', count: 1, status: 429, retryAfterSeconds: 1 });
    const start = Date.now();
    await h.outbox.submit(submission(2, 'Rate limited once'));
    await h.runUntilIdle(30_000);
    const log = (await requests()).filter((r) => r.path === '/v1/tasks');
    expect(log.map((r) => r.status)).toEqual([429, 200]);
    expect(Date.now() - start).toBeGreaterThanOrEqual(1000);
    expect(await tasksNamed('Rate limited once')).toHaveLength(1);
  });

  it('connection closed after the server committed → exactly one task', async () => {
    // A virtual clock: the search waits until the cut-off attempt can no longer be in flight.
    const h = await setup(600, virtualClock());
    await admin('faults', { route: 'POST /v1/tasks', count: 1, closeConnection: 'after-commit' });
    await h.outbox.submit(submission(3, 'Closed after commit'));
    await h.runUntilIdle(30_000);
    expect(h.items()[0]).toMatchObject({ state: 'done', outcomeUnknown: true });
    expect(await tasksNamed('Closed after commit')).toHaveLength(1);
    expect((await requests()).some((r) => r.path === '/v1/tasks/search')).toBe(true);
  });

  it('connection closed before handling → searched, then sent once', async () => {
    const h = await setup(600, virtualClock());
    await admin('faults', { route: 'POST /v1/tasks', count: 1, closeConnection: 'before' });
    await h.outbox.submit(submission(4, 'Closed before'));
    await h.runUntilIdle(30_000);
    expect(await tasksNamed('Closed before')).toHaveLength(1);
  });

  it('401 → kept as failed with "API key rejected", delivered after the key is fixed', async () => {
    const h = await setup();
    h.settings.apiKey = 'sbx_wrong_key';
    await h.outbox.submit(submission(5, 'Bad key first'));
    await h.runUntilIdle(5_000);
    expect(h.items()[0]).toMatchObject({
      state: 'failed',
      lastError: { kind: 'unauthorized', message: 'API key rejected — check it in Options' },
    });
    h.settings.apiKey = SANDBOX_DEMO_KEY;
    expect(await h.outbox.retryWaitingOnKey()).toBe(1);
    await h.runUntilIdle(30_000);
    expect(h.items()[0]?.state).toBe('done');
    expect(await tasksNamed('Bad key first')).toHaveLength(1);
  });

  it('worker killed mid-queue (a create reached Stardex, no answer recorded) → all delivered once after restart', async () => {
    await setup();
    const store = memoryOutboxStore();
    let creates = 0;
    // The "dying" worker: its 6th create reaches the sandbox, then the worker is gone (never answers).
    const dyingFetch: typeof fetch = async (input, init) => {
      const isCreate = String(input).endsWith('/v1/tasks');
      if (isCreate) creates += 1;
      const response = await fetch(input, init);
      return isCreate && creates === 6 ? new Promise<Response>(() => {}) : response;
    };
    const first = createOutboxHarness({
      baseUrl: sandbox?.url ?? '',
      apiKey: SANDBOX_DEMO_KEY,
      rateLimitPerMinute: 600,
      store,
      fetch: dyingFetch,
      timeoutMs: 60_000,
    });
    const subs = Array.from({ length: 12 }, (_, i) => submission(300 + (i % 3), `Restart ${i}`));
    for (const s of subs) await first.outbox.submit(s);
    void first.outbox.drain();
    while (!store.items().some((i) => i.state === 'sending' && creates >= 6))
      await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(store.items().filter((i) => i.state === 'sending')).toHaveLength(1);
    // The browser starts a new worker with the same storage (its clock jumps over the wait for
    // the interrupted attempt to be over).
    const second = createOutboxHarness({
      baseUrl: sandbox?.url ?? '',
      apiKey: SANDBOX_DEMO_KEY,
      rateLimitPerMinute: 600,
      store,
      clock: virtualClock(),
    });
    await second.runUntilIdle(30_000);
    expect(store.items().every((i) => i.state === 'done')).toBe(true);
    const texts = ((await admin('state')) as { tasks: { content_text: string }[] }).tasks
      .map((t) => t.content_text)
      .filter((t) => t.startsWith('Restart '));
    expect(texts.sort()).toEqual(subs.map((s) => s.task.content_text).sort());
  });

  it('100 tasks queued at once (raised limit 600/min) → all delivered, none twice, no 429', async () => {
    const h = await setup(600);
    const subs = Array.from({ length: 100 }, (_, i) => submission(100 + (i % 10), `Bulk task ${i}`));
    await Promise.all(subs.map((s) => h.outbox.submit(s)));
    await h.runUntilIdle(60_000);
    expect(h.items().filter((i) => i.state === 'done')).toHaveLength(100);
    const state = (await admin('state')) as { tasks: { content_text: string }[] };
    const texts = state.tasks.map((t) => t.content_text).filter((t) => t.startsWith('Bulk task '));
    expect(texts).toHaveLength(100);
    expect(new Set(texts).size).toBe(100);
    expect((await requests()).filter((r) => r.status === 429)).toHaveLength(0);
  }, 60_000);

  it('100 tasks at the real 60/min (virtual clock shared with the sandbox) → all delivered, none twice, no 429', async () => {
    const clock = virtualClock();
    const h = await setup(60, clock);
    const begin = clock.now();
    const subs = Array.from({ length: 100 }, (_, i) => submission(200 + (i % 5), `Real figure ${i}`));
    await Promise.all(subs.map((s) => h.outbox.submit(s)));
    await h.runUntilIdle(10 * 60_000);
    const log = await requests();
    expect(h.items().filter((i) => i.state === 'done')).toHaveLength(100);
    expect(log.filter((r) => r.status === 429)).toHaveLength(0);
    // 110 requests (100 tasks + 5 searches + 5 creates) at ≤ 60/min take at least ~100 s of clock time.
    expect(log).toHaveLength(110);
    expect(clock.now() - begin).toBeGreaterThanOrEqual(95_000);
    const texts = ((await admin('state')) as { tasks: { content_text: string }[] }).tasks.filter((t) =>
      t.content_text.startsWith('Real figure '),
    );
    expect(texts).toHaveLength(100);
  }, 60_000);
});
