import { describe, expect, it } from 'vitest';
import {
  type Groupable,
  groupLine,
  groupOutboxItems,
  type ItemGroup,
  type OutboxGroup,
  outboxGroupSchema,
  runGroups,
} from './cadence-group';

interface Item extends Groupable {
  name: string;
}
type OutboxState = Groupable['state'];
const single = (name: string, state: OutboxState = 'queued'): Item => ({ name, state });
const inRun = (name: string, runId: string, index: number, state: OutboxState, count = 3): Item => ({
  name,
  state,
  group: { id: runId, name: `Run ${runId}`, index, count },
});

const summary = (entries: ReturnType<typeof groupOutboxItems<Item>>) =>
  entries.map((e) =>
    e.kind === 'single' ? e.item.name : `${e.id}: ${e.steps.map((s) => s.name).join(',')}`,
  );

describe('outboxGroupSchema and runGroups', () => {
  it('gives each step of a run the run id, its 0-based index and the count', () => {
    const groups = runGroups('run-1', 'Connect, then follow up', 3);
    expect(groups.map((g) => g.index)).toStrictEqual([0, 1, 2]);
    for (const group of groups) expect(outboxGroupSchema().parse(group)).toStrictEqual(group);
  });

  it('refuses an index at or past the count, and empty names or ids', () => {
    const ok: OutboxGroup = { id: 'r', name: 'N', index: 0, count: 1 };
    expect(outboxGroupSchema().safeParse(ok).success).toBe(true);
    expect(outboxGroupSchema().safeParse({ ...ok, index: 1 }).success).toBe(false);
    expect(outboxGroupSchema().safeParse({ ...ok, index: -1 }).success).toBe(false);
    expect(outboxGroupSchema().safeParse({ ...ok, name: '' }).success).toBe(false);
    expect(outboxGroupSchema().safeParse({ ...ok, id: '' }).success).toBe(false);
    expect(outboxGroupSchema().safeParse({ ...ok, count: 11, index: 0 }).success).toBe(false);
  });
});

describe('groupOutboxItems', () => {
  it('keeps single items and puts each run where its first item appears, steps in order', () => {
    const entries = groupOutboxItems([
      single('one'),
      inRun('b2', 'b', 2, 'queued'),
      inRun('a1', 'a', 1, 'queued'),
      single('two'),
      inRun('b0', 'b', 0, 'done'),
      inRun('a0', 'a', 0, 'done'),
      inRun('b1', 'b', 1, 'sending'),
    ]);
    expect(summary(entries)).toStrictEqual(['one', 'b: b0,b1,b2', 'a: a0,a1', 'two']);
  });

  it('counts what is in Stardex and sums up the state', () => {
    const groups = groupOutboxItems([
      inRun('w0', 'waiting', 0, 'done'),
      inRun('w1', 'waiting', 1, 'retrying'),
      inRun('w2', 'waiting', 2, 'queued'),
      inRun('f0', 'failed', 0, 'done'),
      inRun('f1', 'failed', 1, 'failed'),
      inRun('f2', 'failed', 2, 'sending'),
      inRun('d0', 'done', 0, 'done'),
      inRun('d1', 'done', 1, 'done'),
      inRun('d2', 'done', 2, 'done'),
    ]) as ItemGroup<Item>[];
    expect(groups.map((g) => [g.id, g.doneCount, g.count, g.state])).toStrictEqual([
      ['waiting', 1, 3, 'waiting'],
      ['failed', 1, 3, 'failed'],
      ['done', 3, 3, 'done'],
    ]);
  });

  it('keeps the run’s size when some steps have left the outbox', () => {
    const [group] = groupOutboxItems([inRun('x2', 'x', 2, 'done')]) as ItemGroup<Item>[];
    expect(group?.count).toBe(3);
    expect(group?.state).toBe('done');
    expect(groupLine(group as ItemGroup<Item>)).toBe('Run x — 1 of 3 in Stardex');
  });

  it('returns nothing for an empty outbox', () => {
    expect(groupOutboxItems([])).toStrictEqual([]);
  });
});

describe('groupLine', () => {
  it('names the cadence and how many of its tasks Stardex has', () => {
    expect(groupLine({ name: 'Connect, then follow up', doneCount: 2, count: 3 })).toBe(
      'Connect, then follow up — 2 of 3 in Stardex',
    );
  });
});
