/**
 * A batch for many people through the outbox against the sandbox at the shipped 60/min, on a
 * virtual clock shared by the sandbox and the client (a few minutes of requests in a second).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newItem } from '@/lib/outbox/outbox-state';
import { batchLine, batchProgress } from '@/lib/tasks/batch-progress';
import { batchSubmissions, maxInWindow } from '@/tests/support/batch-kit';
import { virtualClock } from '@/tests/support/outbox-harness';
import { type LoggedRequest, outboxOnSandbox } from '@/tests/support/outbox-sandbox';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const at = (r: LoggedRequest & { at?: string }) => Date.parse(r.at ?? '');

describe('a batch within the rate limit', () => {
  it('10 people × 3 steps at 60/min: every task once, each person once, no 429', async () => {
    const clock = virtualClock();
    const s = await outboxOnSandbox({ rateLimitPerMinute: 60, clock });
    close = s.close;
    const subs = batchSubmissions(10, 3);
    await s.h.outbox.submitAll(subs);
    await s.h.runUntilIdle(10 * 60_000);
    const log = await s.requests();
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    expect(maxInWindow(log.map(at))).toBeLessThanOrEqual(60);
    expect(log.filter((r) => r.path === '/v1/tasks' && r.method === 'POST')).toHaveLength(30);
    expect(log.filter((r) => r.path === '/v1/persons' && r.method === 'POST')).toHaveLength(10);
    const progress = batchProgress(s.h.items()).get('batch-10x3');
    expect(progress && batchLine(progress)).toBe('10 of 10 people, 30 of 30 tasks in Stardex');
  });

  it('a 503 for one person does not hold the others back', async () => {
    const clock = virtualClock();
    const s = await outboxOnSandbox({ rateLimitPerMinute: 60, clock });
    close = s.close;
    // Person 1's first step: Stardex answers 503 to its first create.
    await s.admin('faults', { route: 'POST /v1/tasks', count: 1, status: 503 });
    const subs = batchSubmissions(5, 3);
    const started = clock.now();
    // Stored without the drain a submit starts, so one drain at a time runs (as alarms run it).
    await s.h.store.write(subs.map((sub, index) => newItem(sub, started + index)));
    await s.h.runUntilIdle(10 * 60_000);
    expect(s.h.items().every((i) => i.state === 'done')).toBe(true);
    const all = ((await s.admin('state')) as { tasks: { content_text: string }[] }).tasks;
    const tasks = all.filter((t) => t.content_text.startsWith('Step '));
    expect(tasks).toHaveLength(15);
    expect(new Set(tasks.map((t) => t.content_text)).size).toBe(15);
    // While person 1 waited for its retry, person 2's run went ahead.
    expect(tasks[0]?.content_text).toBe('Step 1 for person 2');
    expect(clock.now() - started).toBeLessThan(5 * 60_000);
  });
});
