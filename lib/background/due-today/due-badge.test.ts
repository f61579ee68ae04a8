import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDueToday } from '@/lib/due-today/due-today-schema';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';
import { BADGE_DUE_COLOR, readDueTodayCount, withDueToday } from './due-badge';

const empty = { text: '', color: '#E37400', title: '' };
const outbox = { text: '2', color: '#D93025', title: '2 failed' };

describe('withDueToday', () => {
  it('puts outbox problems first', () => {
    expect(withDueToday(outbox, 5)).toBe(outbox);
  });
  it('otherwise shows the due count in blue', () => {
    expect(withDueToday(empty, 3)).toStrictEqual({
      text: '3',
      color: BADGE_DUE_COLOR,
      title: '3 LinkedIn tasks due today or overdue',
    });
    expect(withDueToday(empty, 1).title).toBe('1 LinkedIn task due today or overdue');
    expect(withDueToday(empty, 250).text).toBe('99+');
  });
  it('is empty with nothing to say', () => {
    expect(withDueToday(empty, 0)).toBe(empty);
  });
});

describe('readDueTodayCount', () => {
  beforeEach(() => fakeBrowser.reset());
  it('counts the cached tasks, 0 for garbage', async () => {
    expect(await readDueTodayCount()).toBe(0);
    const t = {
      id: 'x',
      taskType: 'linkedin_message' as const,
      contentText: '',
      dueDate: null,
      personId: null,
      personName: null,
      profileUrl: null,
    };
    await dueTodayItem.setValue({ ...emptyDueToday, tasks: [t, { ...t, id: 'y' }] });
    expect(await readDueTodayCount()).toBe(2);
    await fakeBrowser.storage.local.set({ dueToday: 'broken' });
    expect(await readDueTodayCount()).toBe(0);
  });
  it('leaves out the tasks I have worked, and counts them again when the mark is gone', async () => {
    const t = {
      id: 'x',
      taskType: 'linkedin_message' as const,
      contentText: '',
      dueDate: null,
      personId: null,
      personName: null,
      profileUrl: null,
    };
    await dueTodayItem.setValue({ ...emptyDueToday, tasks: [t, { ...t, id: 'y' }] });
    await workedTasksItem.setValue({ x: Date.now(), elsewhere: Date.now() });
    expect(await readDueTodayCount()).toBe(1);
    await workedTasksItem.setValue({ x: Date.now(), y: Date.now() });
    expect(await readDueTodayCount()).toBe(0);
    await fakeBrowser.storage.local.set({ workedTasks: 'broken' });
    expect(await readDueTodayCount()).toBe(2);
  });
});
