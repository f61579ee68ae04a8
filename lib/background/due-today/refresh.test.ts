import { describe, expect, it, vi } from 'vitest';
import { dueTodaySearch, endOfLocalDay, isOverdue, selectDueTasks } from '@/lib/due-today/due-range';
import { emptyDueToday } from '@/lib/due-today/due-today-schema';
import type { StardexTask } from '@/lib/stardex/schemas';
import { MAX_PERSON_LOOKUPS, needsRefresh, REFRESH_EVERY_MS, refreshDueToday } from './refresh';

const ME = '4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61';
const now = new Date(2026, 10, 28, 14, 0); // local 28 Nov 2026 14:00
const at = (d: number, h: number) => new Date(2026, 10, d, h, 0).toISOString();

function task(id: string, fields: Partial<StardexTask>): StardexTask {
  return { id, task_type: 'linkedin_message', is_completed: false, content_text: `task ${id}`, ...fields };
}

describe('due range', () => {
  it('asks for my open LinkedIn tasks due by the end of today, local time', () => {
    expect(dueTodaySearch(ME, now)).toStrictEqual({
      owner_ids: [ME],
      task_types: ['linkedin_message', 'linkedin_connection'],
      is_completed: false,
      due_date_end: endOfLocalDay(now).toISOString(),
      limit: 100,
    });
    expect(endOfLocalDay(now).getDate()).toBe(28);
    expect(endOfLocalDay(now).getHours()).toBe(23);
  });

  it('keeps due-today and overdue LinkedIn tasks, oldest first, dropping the rest', () => {
    const selected = selectDueTasks(
      [
        task('today', { due_date: at(28, 17), person_id: 'p1' }),
        task('overdue', { due_date: at(20, 9), task_type: 'linkedin_connection' }),
        task('tomorrow', { due_date: at(29, 9) }),
        task('call', { due_date: at(28, 9), task_type: 'call' }),
        task('done', { due_date: at(28, 9), is_completed: true }),
        task('undated', { due_date: null }),
      ],
      now,
    );
    expect(selected.map((t) => t.id)).toStrictEqual(['overdue', 'today']);
    expect(selected[1]).toStrictEqual({
      id: 'today',
      taskType: 'linkedin_message',
      contentText: 'task today',
      dueDate: at(28, 17),
      personId: 'p1',
    });
    expect(isOverdue({ dueDate: at(20, 9) }, now)).toBe(true);
    expect(isOverdue({ dueDate: at(28, 9) }, now)).toBe(false);
  });
});

describe('needsRefresh', () => {
  it('refreshes every 5 minutes, forced at most once a minute, and at once for a new "me"', () => {
    const cached = { ...emptyDueToday, meId: ME, fetchedAt: now.getTime() };
    expect(needsRefresh(cached, ME, now.getTime() + REFRESH_EVERY_MS - 1)).toBe(false);
    expect(needsRefresh(cached, ME, now.getTime() + REFRESH_EVERY_MS)).toBe(true);
    expect(needsRefresh(cached, ME, now.getTime() + 30_000, true)).toBe(false);
    expect(needsRefresh(cached, ME, now.getTime() + 60_000, true)).toBe(true);
    expect(needsRefresh(cached, 'someone-else', now.getTime())).toBe(true);
  });
});

describe('refreshDueToday', () => {
  const stale = { ...emptyDueToday, meId: ME, fetchedAt: 0 };

  it('lists tasks with names and profile links, caching names so the next refresh needs none', async () => {
    const client = {
      searchTasks: vi.fn(async () => [task('t1', { due_date: at(28, 9), person_id: 'p1' })]),
      getPerson: vi.fn(async (id: string) => ({
        id,
        name: 'Ada Lovelace',
        linkedin_url: 'https://linkedin.com/in/Ada-L',
      })),
    };
    const first = await refreshDueToday({
      meId: ME,
      cached: stale,
      names: {},
      client: async () => client,
      now,
    });
    expect(first?.dueToday.tasks).toStrictEqual([
      {
        id: 't1',
        taskType: 'linkedin_message',
        contentText: 'task t1',
        dueDate: at(28, 9),
        personId: 'p1',
        personName: 'Ada Lovelace',
        profileUrl: 'https://www.linkedin.com/in/ada-l/',
      },
    ]);
    expect(client.searchTasks).toHaveBeenCalledWith(dueTodaySearch(ME, now));
    const later = new Date(now.getTime() + REFRESH_EVERY_MS);
    await refreshDueToday({
      meId: ME,
      cached: first?.dueToday ?? stale,
      names: first?.names ?? {},
      client: async () => client,
      now: later,
    });
    expect(client.getPerson).toHaveBeenCalledTimes(1);
  });

  it(`looks up at most ${MAX_PERSON_LOOKUPS} persons per refresh and stops at the first failure`, async () => {
    const tasks = Array.from({ length: 8 }, (_, i) =>
      task(`t${i}`, { due_date: at(28, 9), person_id: `p${i}` }),
    );
    const getPerson = vi.fn(async (id: string) => ({ id, first_name: 'N', last_name: id }));
    const result = await refreshDueToday({
      meId: ME,
      cached: stale,
      names: {},
      client: async () => ({ searchTasks: async () => tasks, getPerson }),
      now,
    });
    expect(getPerson).toHaveBeenCalledTimes(MAX_PERSON_LOOKUPS);
    expect(result?.dueToday.tasks.filter((t) => t.personName !== null)).toHaveLength(MAX_PERSON_LOOKUPS);
    expect(result?.dueToday.tasks[0]?.personName).toBe('N p0');
    expect(result?.dueToday.tasks[0]?.profileUrl).toBeNull();

    const failing = vi.fn(async () => {
      throw new Error('429');
    });
    await refreshDueToday({
      meId: ME,
      cached: stale,
      names: {},
      client: async () => ({ searchTasks: async () => tasks, getPerson: failing }),
      now,
    });
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('builds the profile link from a public id, encoded or not', async () => {
    for (const publicId of ['in%C3%AAs-carvalho', 'inês-carvalho']) {
      const result = await refreshDueToday({
        meId: ME,
        cached: stale,
        names: {},
        client: async () => ({
          searchTasks: async () => [task('t', { due_date: at(28, 9), person_id: 'p' })],
          getPerson: async (id: string) => ({ id, name: 'Inês Carvalho', linkedin_public_id: publicId }),
        }),
        now,
      });
      expect(result?.dueToday.tasks[0]?.profileUrl).toBe('https://www.linkedin.com/in/in%C3%AAs-carvalho/');
    }
  });

  it('keeps the old list and records the error when the search fails', async () => {
    const cached = {
      ...stale,
      tasks: [
        {
          id: 'old',
          taskType: 'linkedin_message' as const,
          contentText: '',
          dueDate: null,
          personId: null,
          personName: null,
          profileUrl: null,
        },
      ],
    };
    const result = await refreshDueToday({
      meId: ME,
      cached,
      names: {},
      client: async () => ({
        searchTasks: async () => {
          throw new Error('Stardex did not answer in time');
        },
        getPerson: async () => undefined,
      }),
      now,
    });
    expect(result?.dueToday).toStrictEqual({
      fetchedAt: now.getTime(),
      meId: ME,
      tasks: cached.tasks,
      error: 'Stardex did not answer in time',
    });
  });

  it('asks for "this is me" before fetching anything, and does nothing while fresh', async () => {
    const client = vi.fn();
    const result = await refreshDueToday({ meId: null, cached: emptyDueToday, names: {}, client, now });
    expect(result?.dueToday.error).toMatch(/This is me/);
    expect(client).not.toHaveBeenCalled();
    const fresh = { ...stale, fetchedAt: now.getTime() };
    expect(await refreshDueToday({ meId: ME, cached: fresh, names: {}, client, now })).toBeNull();
  });
});
