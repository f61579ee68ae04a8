import { describe, expect, it } from 'vitest';
import type { DueTask } from './due-today-schema';
import { splitWorked } from './worked-split';

const now = new Date(2026, 10, 28, 14, 0);
const task = (id: string): DueTask => ({
  id,
  taskType: 'linkedin_message',
  contentText: '',
  dueDate: new Date(2026, 10, 28, 9, 0).toISOString(),
  personId: null,
  personName: null,
  profileUrl: null,
});

describe('splitWorked', () => {
  it('keeps unworked tasks open in order and puts today’s worked ones apart, earliest first', () => {
    const worked = {
      b: new Date(2026, 10, 28, 11, 30).getTime(),
      c: new Date(2026, 10, 28, 8, 5).getTime(),
    };
    const split = splitWorked([task('a'), task('b'), task('c'), task('d')], worked, now);
    expect(split.open.map((t) => t.id)).toEqual(['a', 'd']);
    expect(split.doneToday.map((d) => [d.task.id, d.workedAt])).toEqual([
      ['c', worked.c],
      ['b', worked.b],
    ]);
  });
  it('shows a task worked before today nowhere (Stardex still lists it as open)', () => {
    const split = splitWorked([task('a')], { a: new Date(2026, 10, 27, 23, 59).getTime() }, now);
    expect(split).toEqual({ open: [], doneToday: [] });
  });
  it('ignores worked ids the list does not hold', () => {
    expect(splitWorked([task('a')], { zz: now.getTime() }, now).open).toHaveLength(1);
  });
});
