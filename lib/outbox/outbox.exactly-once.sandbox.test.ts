/**
 * Every task lands exactly once, against the sandbox's commit faults (the request is committed,
 * then answered badly): 5xx after commit, a 2xx whose body cannot be read, a late answer past the
 * client's timeout; and two deliberately identical intents stay two tasks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { stardexIdOf } from '@/lib/outbox/outbox-schema';
import { virtualClock } from '@/tests/support/outbox-harness';
import { submission } from '@/tests/support/outbox-test-kit';
import { outboxOnSandbox } from '../../tests/support/outbox-sandbox';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(options: Parameters<typeof outboxOnSandbox>[0] = {}) {
  const s = await outboxOnSandbox(options);
  close = s.close;
  return s;
}

describe('exactly once against commit faults', () => {
  it.each([500, 503])(
    'committed, then HTTP %i → one task, searched before anything is resent',
    async (status) => {
      const s = await setup();
      await s.admin('faults', { route: 'POST /v1/tasks', count: 1, commit: true, status });
      await s.h.outbox.submit(submission(1, `Committed then ${status}`));
      await s.h.runUntilIdle(30_000);
      expect(await s.tasksNamed(`Committed then ${status}`)).toHaveLength(1);
      expect(s.h.items()[0]).toMatchObject({ state: 'done', outcomeUnknown: true, possibleTwin: false });
      const creates = (await s.requests()).filter((r) => r.method === 'POST' && r.path === '/v1/tasks');
      expect(creates).toHaveLength(1); // the search found it: never sent again
    },
  );

  it.each([
    ['a proxy page', '<html><body>Bad gateway</body></html>'],
    ['JSON of another shape', '{"ok":true,"result":"created"}'],
  ])('committed, then 200 with %s → delivered once, its id found by search', async (_name, rawBody) => {
    const s = await setup();
    // Twenty answers like that in a row: a client that resends on them would make twenty tasks.
    await s.admin('faults', { route: 'POST /v1/tasks', count: 20, commit: true, rawBody });
    await s.h.outbox.submit(submission(2, 'Odd body'));
    await s.h.runUntilIdle(60 * 60_000);
    const [task] = await s.tasksNamed('Odd body');
    expect(await s.tasksNamed('Odd body')).toHaveLength(1);
    expect(s.h.items()[0]).toMatchObject({ state: 'done', taskId: task?.id });
  });

  it('a 2xx with an id in another envelope (data.task.id) needs no search', async () => {
    const s = await setup();
    const id = '0f8f3c1e-7a55-4c1f-9a57-6d2c5e0b9e11';
    await s.admin('faults', {
      route: 'POST /v1/tasks',
      count: 1,
      commit: true,
      rawBody: JSON.stringify({ success: true, data: { task: { id } } }),
    });
    await s.h.outbox.submit(submission(3, 'Nested id'));
    await s.h.runUntilIdle(30_000);
    expect(s.h.items()[0]).toMatchObject({ state: 'done', taskId: id });
    expect((await s.requests()).filter((r) => r.path === '/v1/tasks/search')).toHaveLength(0);
  });

  it('committed, answered after the client gave up → waits for that attempt to be over, then finds it', async () => {
    const clock = virtualClock();
    const s = await setup({ clock, timeoutMs: 200 });
    await s.admin('faults', { route: 'POST /v1/tasks', count: 1, commit: true, delayMs: 600 });
    await s.h.outbox.submit(submission(4, 'Late answer'));
    await s.h.outbox.drain();
    expect(s.h.items()[0]).toMatchObject({
      state: 'retrying',
      outcomeUnknown: true,
      lastError: { kind: 'timeout' },
    });
    const startedAt = s.h.items()[0]?.attemptStartedAt ?? 0;
    expect(s.h.items()[0]?.nextAttemptAt).toBeGreaterThanOrEqual(startedAt + 200);
    await s.h.runUntilIdle(60_000);
    expect(await s.tasksNamed('Late answer')).toHaveLength(1);
    expect(s.h.items()[0]?.state).toBe('done');
  });

  it('worker stopped while a slow create is in flight → the new worker searches only once it is over', async () => {
    const s = await setup();
    // Stardex takes 600 ms before it handles (commits) the create.
    await s.admin('faults', { route: 'POST /v1/tasks', count: 1, delayMs: 600 });
    const first = s.harness({ timeoutMs: 60_000 });
    await first.outbox.submit(submission(6, 'Slow create'));
    void first.outbox.drain();
    const createSent = async () =>
      (await s.requests()).some((r) => r.method === 'POST' && r.path === '/v1/tasks');
    while (!(await createSent())) await new Promise((r) => setTimeout(r, 5));
    // The create is on the wire, the worker is stopped now (its fetch is abandoned, not answered).
    // The new worker shares the storage; its requests time out after 200 ms (+ 800 ms margin).
    const second = s.harness({ store: first.store, timeoutMs: 200, inFlightMarginMs: 800 });
    await second.runUntilIdle(30_000);
    await new Promise((r) => setTimeout(r, 700)); // whatever the first request does, it has done by now
    expect(await s.tasksNamed('Slow create')).toHaveLength(1);
    expect(second.items()[0]).toMatchObject({ state: 'done', outcomeUnknown: true });
  });

  it('two deliberately identical intents, the first with an unknown outcome → two tasks, each its own id', async () => {
    const s = await setup();
    await s.admin('faults', { route: 'POST /v1/tasks', count: 1, commit: true, status: 500 });
    const first = submission(5, 'Same words twice');
    const second = { ...submission(5, 'Same words twice'), task: first.task, person: first.person };
    await s.h.outbox.submit(first);
    await s.h.outbox.submit(second);
    await s.h.runUntilIdle(30_000);
    const tasks = await s.tasksNamed('Same words twice');
    expect(tasks).toHaveLength(2);
    const ids = s.h.items().map((i) => stardexIdOf(i));
    expect(new Set(ids).size).toBe(2);
    expect(ids.sort()).toStrictEqual(tasks.map((t) => t.id).sort());
  });
});
