import { describe, expect, it } from 'vitest';
import { countToDo, dueBucket, orderWorkTasks } from './open-task-order';

// Wed 9 Dec 2026, 14:00 local.
const now = new Date(2026, 11, 9, 14, 0);
const at = (day: number, hour = 9) => new Date(2026, 11, day, hour, 0).toISOString();
const tasks = [
  { id: 'none', dueDate: null },
  { id: 'later', dueDate: at(11) },
  { id: 'today-late', dueDate: at(9, 17) },
  { id: 'overdue', dueDate: at(2) },
  { id: 'today-early', dueDate: at(9, 9) },
  { id: 'worked-old', dueDate: at(1) },
  { id: 'worked-new', dueDate: at(12) },
];
const worked = { 'worked-old': 1000, 'worked-new': 2000 };
const ids = (entries: { task: { id: string } }[]) => entries.map((e) => e.task.id);

describe('dueBucket', () => {
  it('reads a due date from the recruiter’s day', () => {
    expect(dueBucket(at(2), now)).toBe('overdue');
    expect(dueBucket(at(9, 9), now)).toBe('today');
    expect(dueBucket(at(9, 23), now)).toBe('today');
    expect(dueBucket(at(10, 0), now)).toBe('later');
    expect(dueBucket(null, now)).toBe('none');
    expect(dueBucket('not a date', now)).toBe('none');
  });
});

describe('orderWorkTasks', () => {
  it('puts to-do first (overdue, today, later, no date), then the worked ones, newest first', () => {
    const entries = orderWorkTasks(tasks, worked);
    expect(ids(entries)).toEqual([
      'overdue',
      'today-early',
      'today-late',
      'later',
      'none',
      'worked-new',
      'worked-old',
    ]);
    expect(entries.map((e) => e.workedAt)).toEqual([null, null, null, null, null, 2000, 1000]);
    expect(countToDo(entries)).toBe(5);
  });

  it('puts the task Due today opened first while it is to do', () => {
    expect(ids(orderWorkTasks(tasks, worked, { focusId: 'none' })).slice(0, 2)).toEqual(['none', 'overdue']);
    // Worked already: it stays with the done ones.
    expect(ids(orderWorkTasks(tasks, worked, { focusId: 'worked-old' }))[0]).toBe('overdue');
  });

  it('keeps a task logged in this form in its place, but never counts it as to do', () => {
    const entries = orderWorkTasks(
      tasks,
      { ...worked, overdue: 3000 },
      { keepInPlace: new Set(['overdue']) },
    );
    expect(ids(entries)[0]).toBe('overdue');
    expect(entries[0]?.workedAt).toBe(3000);
    expect(countToDo(entries)).toBe(4);
  });

  it('keeps Stardex’s order for tasks due at the same time', () => {
    const same = [
      { id: 'b', dueDate: at(3) },
      { id: 'a', dueDate: at(3) },
    ];
    expect(ids(orderWorkTasks(same, {}))).toEqual(['b', 'a']);
  });
});
