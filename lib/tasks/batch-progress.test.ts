import { describe, expect, it } from 'vitest';
import {
  type BatchMember,
  batchLine,
  batchProgress,
  deliveryLine,
  splitBatches,
} from '@/lib/tasks/batch-progress';
import { runGroups } from '@/lib/tasks/cadence-group';

type State = 'queued' | 'sending' | 'retrying' | 'done' | 'failed';

/** Person `n`'s 3-step run in batch `b` of `people`, its steps in the given states. */
function run(n: number, states: State[], people = 25, b = 'batch-1'): BatchMember[] {
  const groups = runGroups(`run-${b}-${n}`, 'Connect, then follow up', states.length);
  return states.map((state, i) => ({
    state,
    group: groups[i],
    batch: { id: b, people },
    person: { profileUrl: `https://www.linkedin.com/in/invented-${n}/`, fullName: `Invented Person ${n}` },
    lastError: state === 'failed' ? { message: `Refused step ${i + 1}` } : null,
  }));
}

const people = (from: number, to: number, states: State[], total = 25) =>
  Array.from({ length: to - from + 1 }, (_, k) => run(from + k, states, total)).flat();

describe('batchProgress', () => {
  it('counts people all of whose tasks are in Stardex, and tasks', () => {
    const items = [
      ...people(1, 12, ['done', 'done', 'done']),
      ...people(13, 25, ['queued', 'queued', 'queued']),
    ];
    const progress = batchProgress(items).get('batch-1');
    expect(progress).toMatchObject({ people: 25, peopleDone: 12, tasks: 75, tasksDone: 36, waiting: 13 });
    expect(progress && batchLine(progress)).toBe('12 of 25 people, 36 of 75 tasks in Stardex');
  });

  it('a person half way counts in tasks, not in people', () => {
    const items = [...run(1, ['done', 'done', 'sending']), ...run(2, ['done', 'retrying', 'queued'])];
    const progress = batchProgress(items.map((i) => ({ ...i, batch: { id: 'batch-1', people: 2 } })));
    expect(progress.get('batch-1')).toMatchObject({ peopleDone: 0, tasksDone: 3, tasks: 6, waiting: 2 });
  });

  it('names the people who need the recruiter, with the reasons', () => {
    const items = [
      ...people(1, 3, ['done', 'done', 'done'], 5),
      ...run(4, ['done', 'failed', 'queued'], 5),
      ...run(5, ['failed', 'queued', 'queued'], 5),
    ];
    const progress = batchProgress(items).get('batch-1');
    expect(progress?.failed).toEqual([
      {
        fullName: 'Invented Person 4',
        profileUrl: 'https://www.linkedin.com/in/invented-4/',
        reasons: ['Refused step 2'],
      },
      {
        fullName: 'Invented Person 5',
        profileUrl: 'https://www.linkedin.com/in/invented-5/',
        reasons: ['Refused step 1'],
      },
    ]);
    expect(progress?.waiting).toBe(0);
    expect(progress && batchLine(progress)).toBe(
      '3 of 5 people, 10 of 15 tasks in Stardex · 2 people need you',
    );
  });

  it('stays right when delivered items were pruned', () => {
    // People 1–20 were delivered a day ago and are gone; person 21 lost its first two steps.
    const items = [
      ...run(21, ['done', 'done', 'queued']).slice(2),
      ...people(22, 25, ['retrying', 'queued', 'queued']),
    ];
    const progress = batchProgress(items).get('batch-1');
    expect(progress).toMatchObject({ people: 25, peopleDone: 20, tasks: 75, tasksDone: 62, waiting: 5 });
  });

  it('keeps batches apart and leaves items without a batch out; one person reads "person"', () => {
    const items = [
      ...run(1, ['done'], 1, 'a'),
      ...run(2, ['failed'], 2, 'b'),
      { state: 'queued', person: { profileUrl: 'x', fullName: 'Solo' }, lastError: null },
    ];
    const progress = batchProgress(items);
    expect([...progress.keys()]).toEqual(['a', 'b']);
    const a = progress.get('a');
    const b = progress.get('b');
    expect(a && batchLine(a)).toBe('1 of 1 person, 1 of 1 task in Stardex');
    expect(b && batchLine(b)).toBe('1 of 2 people, 1 of 2 tasks in Stardex · 1 person needs you');
  });
});

describe('deliveryLine', () => {
  it('says the batch is on its way until nothing of it waits, and where to look when someone failed', () => {
    const waiting = batchProgress([...run(1, ['done'], 2), ...run(2, ['queued'], 2)]).get('batch-1');
    expect(waiting && deliveryLine(waiting)).toBe('Delivering: 1 of 2 people, 1 of 2 tasks in Stardex…');
    const over = batchProgress([...run(1, ['done'], 2), ...run(2, ['failed'], 2)]).get('batch-1');
    expect(over && deliveryLine(over)).toBe(
      'Delivered: 1 of 2 people, 1 of 2 tasks in Stardex · 1 person needs you (see Options → Outbox)',
    );
  });
});

describe('splitBatches', () => {
  it('puts each batch’s items under its progress, and the rest after', () => {
    const solo = { state: 'queued', person: { profileUrl: 'x', fullName: 'Solo' }, lastError: null };
    const items = [
      solo,
      ...run(1, ['done'], 2, 'a'),
      ...run(2, ['queued'], 2, 'a'),
      ...run(3, ['done'], 1, 'b'),
    ];
    const split = splitBatches(items);
    expect(
      split.map((s) =>
        s.kind === 'batch' ? `${s.progress.id}:${s.items.length}` : `rest:${s.items.length}`,
      ),
    ).toEqual(['a:2', 'b:1', 'rest:1']);
    expect(splitBatches([])).toEqual([]);
  });
});
