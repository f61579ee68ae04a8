import { describe, expect, it } from 'vitest';
import { outboxKit, submission } from '@/tests/support/outbox-test-kit';

const TASKS = 'POST /v1/tasks';
const SEARCH = 'POST /v1/tasks/search';

describe('outbox', () => {
  it('stores the submission before any network call, then delivers it once', async () => {
    const kit = outboxKit();
    const sub = submission();
    const stored = await kit.outbox.submit(sub);
    expect(stored.state).toBe('queued');
    expect(kit.item(sub.clientId)?.state).toBe('queued');
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)).toMatchObject({ state: 'done', attempts: 1, lastError: null });
    expect(kit.fake.state.tasks).toHaveLength(1);
    expect(kit.fake.state.tasks[0]).toMatchObject({
      content_text: sub.task.content_text,
      person_id: kit.item(sub.clientId)?.personId,
    });
    expect(kit.scheduled.at(-1)).toBeNull();
  });

  it('a double submit of the same clientId is stored and sent once', async () => {
    const kit = outboxKit();
    const sub = submission();
    await Promise.all([
      kit.outbox.submit(sub),
      kit.outbox.submit(sub),
      kit.outbox.drain(),
      kit.outbox.drain(),
    ]);
    await kit.outbox.drain();
    expect(kit.store.items).toHaveLength(1);
    expect(kit.fake.count(TASKS)).toBe(1);
  });

  it('submitted again after Stardex refused it, a task is sent again as now written, once', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 403 });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)?.state).toBe('failed');
    const again = { ...sub, task: { ...sub.task, content_text: 'Written again' } };
    await Promise.all([kit.outbox.submit(again), kit.outbox.submit(again)]);
    await kit.outbox.drain();
    expect(kit.store.items).toHaveLength(1);
    expect(kit.item(sub.clientId)?.state).toBe('done');
    expect(kit.fake.state.tasks.map((t) => t.content_text)).toEqual(['Written again']);
    // Once made, pressing Create again changes nothing.
    await kit.outbox.submit(again);
    await kit.outbox.drain();
    expect(kit.fake.count(TASKS)).toBe(2);
  });

  it('transient failures go to retrying with a scheduled wake-up, then deliver once', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 500 }, { status: 503, body: 'plain' });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    const first = kit.item(sub.clientId);
    expect(first).toMatchObject({
      state: 'retrying',
      attempts: 1,
      lastError: { kind: 'server', status: 500 },
    });
    expect(first?.lastError?.message).toMatch(/retrying at \d\d:\d\d:\d\d/);
    expect(kit.scheduled.at(-1)).toBe(first?.nextAttemptAt);
    // Not due yet: a drain does nothing.
    await kit.outbox.drain();
    expect(kit.fake.count(TASKS)).toBe(1);
    for (const round of [2, 3]) {
      kit.store.items = kit.store.items.map((i) => ({ ...i, nextAttemptAt: 0 }));
      await kit.outbox.drain();
      expect(kit.item(sub.clientId)?.attempts).toBe(round);
    }
    expect(kit.item(sub.clientId)?.state).toBe('done');
    expect(kit.fake.state.tasks).toHaveLength(1);
  });

  it('backs off exponentially between attempts', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 500 }, { status: 500 }, { status: 500 });
    const sub = submission();
    await kit.outbox.submit(sub);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = Date.now();
      await kit.outbox.drain();
      delays.push((kit.item(sub.clientId)?.nextAttemptAt ?? 0) - before);
      kit.store.items = kit.store.items.map((it) => ({ ...it, nextAttemptAt: 0 }));
    }
    // base 1 s, random 0.5 → 0.75 s, 1.5 s, 3 s (± test timing)
    expect(delays[0]).toBeGreaterThanOrEqual(700);
    expect(delays[1]).toBeGreaterThanOrEqual(1450);
    expect(delays[2]).toBeGreaterThanOrEqual(2950);
    expect(delays[2]).toBeLessThan(3200);
  });

  it('a 429 waits what Retry-After asked', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 429, headers: { 'retry-after': '20' } });
    const sub = submission();
    await kit.outbox.submit(sub);
    const before = Date.now();
    await kit.outbox.drain();
    const item = kit.item(sub.clientId);
    expect(item).toMatchObject({ state: 'retrying', lastError: { kind: 'rate_limited' } });
    expect((item?.nextAttemptAt ?? 0) - before).toBeGreaterThanOrEqual(20_000);
    expect(item?.lastError?.message).toMatch(/^Stardex is rate-limiting; retrying at/);
  });

  it('permanent failures stop retrying and keep the item with the error in words', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 400 });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)).toMatchObject({
      state: 'failed',
      nextAttemptAt: null,
      lastError: { kind: 'validation' },
    });
    await kit.outbox.drain();
    expect(kit.fake.count(TASKS)).toBe(1);
    // Edit and retry: delivered.
    expect(await kit.outbox.update(sub.clientId, { ...sub.task, content_text: 'Fixed text' })).toBe(true);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)?.state).toBe('done');
    expect(kit.fake.state.tasks.map((t) => t.content_text)).toEqual(['Fixed text']);
  });

  it('401 fails everything waiting with "API key rejected"; fixing the key delivers all', async () => {
    const kit = outboxKit({ apiKey: 'wrong-key' });
    const subs = [submission(1), submission(2), submission(3)];
    for (const s of subs) await kit.outbox.submit(s);
    await kit.outbox.drain();
    for (const s of subs) {
      expect(kit.item(s.clientId)).toMatchObject({
        state: 'failed',
        lastError: { kind: 'unauthorized', message: 'API key rejected — check it in Options' },
      });
    }
    // Only the first item spent a request: the others were failed without hammering Stardex.
    expect(kit.fake.state.requests).toHaveLength(1);
    kit.settings.apiKey = 'test-key';
    expect(await kit.outbox.retryWaitingOnKey()).toBe(3);
    await kit.outbox.drain();
    expect(kit.store.items.map((i) => i.state)).toEqual(['done', 'done', 'done']);
    expect(kit.fake.state.tasks).toHaveLength(3);
  });

  it('an unknown outcome (connection closed after commit) searches before resending: exactly one task', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { closeConnection: 'after-commit' });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)).toMatchObject({
      state: 'retrying',
      outcomeUnknown: true,
      lastError: { kind: 'network' },
    });
    kit.store.items = kit.store.items.map((i) => ({ ...i, nextAttemptAt: 0 }));
    await kit.outbox.drain();
    expect(kit.fake.count(SEARCH)).toBe(1);
    expect(kit.fake.count(TASKS)).toBe(1);
    expect(kit.item(sub.clientId)).toMatchObject({ state: 'done', taskId: kit.fake.state.tasks[0]?.id });
  });

  it('an unknown outcome that did not commit (timeout before handling) is sent again after the search', async () => {
    const kit = outboxKit({ timeoutMs: 30 });
    kit.fake.fault(TASKS, { hang: true });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)).toMatchObject({
      state: 'retrying',
      outcomeUnknown: true,
      lastError: { kind: 'timeout' },
    });
    kit.store.items = kit.store.items.map((i) => ({ ...i, nextAttemptAt: 0 }));
    await kit.outbox.drain();
    // One search before resending, one after the success (a delivery that took two attempts is
    // checked once for a twin).
    expect(kit.fake.count(SEARCH)).toBe(2);
    expect(kit.fake.state.tasks).toHaveLength(1);
  });

  it('a 504 from a gateway counts as an unknown outcome (searched before resending)', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 504 });
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    expect(kit.item(sub.clientId)).toMatchObject({ state: 'retrying', outcomeUnknown: true });
    kit.store.items = kit.store.items.map((i) => ({ ...i, nextAttemptAt: 0 }));
    await kit.outbox.drain();
    expect(kit.fake.count(SEARCH)).toBe(2); // before resending, and the twin check after
    expect(kit.fake.state.tasks).toHaveLength(1);
  });

  it('resumes an item left in `sending` by a stopped worker only once its attempt is over, without duplicating it', async () => {
    const kit = outboxKit();
    const sub = submission();
    await kit.outbox.submit(sub);
    await kit.outbox.drain();
    // Simulate: the worker sent the task 3 s ago and was stopped before recording the answer.
    let clock = Date.now();
    kit.store.items = kit.store.items.map((i) => ({
      ...i,
      state: 'sending',
      taskId: null,
      doneAt: null,
      attemptStartedAt: clock - 3_000,
    }));
    const searchesBefore = kit.fake.count(SEARCH);
    const wakes: (number | null)[] = [];
    const { createOutbox } = await import('@/lib/outbox/outbox');
    const restarted = createOutbox({
      store: kit.store,
      getClient: kit.getClient,
      persons: kit.matcher.resolver,
      schedule: (at) => void wakes.push(at),
      now: () => clock,
      requestTimeoutMs: 15_000,
    });
    await restarted.drain();
    // The first request could still be in flight: no search, no resend, a wake-up when it cannot be.
    expect(kit.item(sub.clientId)).toMatchObject({ state: 'retrying', outcomeUnknown: true });
    expect(kit.fake.count(SEARCH)).toBe(searchesBefore);
    expect(wakes.at(-1)).toBe(clock - 3_000 + 25_000);
    clock += 22_000;
    await restarted.drain();
    expect(kit.item(sub.clientId)).toMatchObject({ state: 'done', outcomeUnknown: true });
    expect(kit.fake.state.tasks).toHaveLength(1);
  });

  it('keeps failed items until discarded; prunes old done items', async () => {
    const kit = outboxKit();
    kit.fake.fault(TASKS, { status: 403 });
    const a = submission(1);
    await kit.outbox.submit(a);
    await kit.outbox.drain();
    expect(kit.item(a.clientId)?.state).toBe('failed');
    kit.store.items = kit.store.items.map((i) => ({ ...i, createdAt: 0 }));
    const b = submission(2);
    await kit.outbox.submit(b);
    await kit.outbox.drain();
    kit.store.items = kit.store.items.map((i) => (i.state === 'done' ? { ...i, doneAt: 1 } : i));
    await kit.outbox.submit(submission(3));
    expect(kit.item(b.clientId)).toBeUndefined();
    expect(kit.item(a.clientId)?.state).toBe('failed');
    expect(await kit.outbox.discard(a.clientId)).toBe(true);
    expect(kit.item(a.clientId)).toBeUndefined();
  });

  it('waitForSettled answers as soon as the item settles', async () => {
    const kit = outboxKit();
    const sub = submission();
    await kit.outbox.submit(sub);
    const settled = await kit.outbox.waitForSettled(sub.clientId, 2000);
    expect(settled?.state).toBe('done');
  });
});
