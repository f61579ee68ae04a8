import { describe, expect, it } from 'vitest';
import { newItem } from '@/lib/outbox/outbox-state';
import type { Submission } from '@/lib/tasks/activity-schema';
import { runGroups } from '@/lib/tasks/cadence-group';
import { outboxKit, submission } from '@/tests/support/outbox-test-kit';

const TASKS = 'POST /v1/tasks';
const PERSONS = 'POST /v1/persons/search';

/** Stored as a submit would, without the drain a submit starts (each test drains once). */
function queue(kit: ReturnType<typeof outboxKit>, subs: readonly Submission[]) {
  kit.store.items = subs.map((s, index) => newItem(s, 1_000 + index));
}

/** A 3-step run for person `n`, its steps sharing one group. */
function run(n: number) {
  return runGroups(`run-${n}`, 'Connect, then follow up', 3).map((group, i) => ({
    ...submission(n, `Step ${i + 1}`),
    group,
  }));
}

describe('delivery loop: one person failing', () => {
  it('a 503 on one person’s task lets the other people’s tasks through; its later steps wait', async () => {
    const kit = outboxKit();
    const runs = [run(1), run(2), run(3)];
    kit.fake.fault(TASKS, { status: 503 });
    queue(kit, runs.flat());
    await kit.outbox.drain();
    const states = runs.map((steps) => steps.map((s) => kit.item(s.clientId)?.state));
    expect(states).toEqual([
      ['retrying', 'queued', 'queued'],
      ['done', 'done', 'done'],
      ['done', 'done', 'done'],
    ]);
    expect(kit.fake.state.tasks).toHaveLength(6);
    // Its retry comes back on the alarm and finishes the run, in order, once each.
    kit.store.items = kit.store.items.map((i) => ({ ...i, nextAttemptAt: 0 }));
    await kit.outbox.drain();
    expect(kit.store.items.every((i) => i.state === 'done')).toBe(true);
    expect(kit.fake.state.tasks).toHaveLength(9);
  });

  it('a 503 finding one person does not hold the others back', async () => {
    const kit = outboxKit();
    const subs = [submission(1), submission(2)];
    kit.fake.fault(PERSONS, { status: 503 });
    queue(kit, subs);
    await kit.outbox.drain();
    expect(subs.map((s) => kit.item(s.clientId)?.state)).toEqual(['retrying', 'done']);
  });

  it('a 429 still stops the loop: the others wait for the rate limit instead of hitting it', async () => {
    const kit = outboxKit();
    const subs = [submission(1), submission(2)];
    kit.fake.fault(TASKS, { status: 429, headers: { 'retry-after': '20' } });
    queue(kit, subs);
    await kit.outbox.drain();
    expect(subs.map((s) => kit.item(s.clientId)?.state)).toEqual(['retrying', 'queued']);
    expect(kit.fake.count(TASKS)).toBe(1);
  });

  it('no connection stops the loop at once; failures for several people in a row stop it too', async () => {
    const offline = outboxKit();
    offline.fake.fault(PERSONS, { closeConnection: 'before' });
    queue(
      offline,
      [1, 2, 3].map((n) => submission(n)),
    );
    await offline.outbox.drain();
    expect(offline.fake.state.requests).toHaveLength(1);

    const down = outboxKit();
    const subs = [1, 2, 3, 4, 5].map((n) => submission(n));
    down.fake.fault(TASKS, { status: 503 }, { status: 502 }, { status: 500 });
    queue(down, subs);
    await down.outbox.drain();
    // Stardex itself looks down: three people failed in a row, the last two are not tried.
    expect(subs.map((s) => down.item(s.clientId)?.state)).toEqual([
      'retrying',
      'retrying',
      'retrying',
      'queued',
      'queued',
    ]);
  });

  it('while a drain runs, a wake-up is set that resumes it if the worker is stopped', async () => {
    const kit = outboxKit();
    queue(kit, [submission(1), submission(2)]);
    const started = Date.now();
    await kit.outbox.drain();
    // Set before the first send (a stopped worker never reaches the end of the drain), then cleared.
    expect(kit.scheduled[0]).toBeGreaterThanOrEqual(started + 30_000);
    expect(kit.scheduled.at(-1)).toBeNull();
  });
});
