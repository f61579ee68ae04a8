import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed';
import { startTestSandbox, type TaskOut, type TestSandbox } from './test-support';

const { tasks, persons, team, companies, deals, jobs } = SEED_IDS;

async function searchIds(sbx: TestSandbox, body: Record<string, unknown>): Promise<string[]> {
  const res = await sbx.post<TaskOut[]>('/v1/tasks/search', body);
  expect(res.status).toBe(200);
  return res.json.data.map((t) => t.id);
}

describe('POST /v1/tasks/search', () => {
  it('sorts by created_at desc by default', async () => {
    const sbx = await startTestSandbox();
    expect(await searchIds(sbx, {})).toStrictEqual([tasks.doneFelix, tasks.callNoor, tasks.followUpAvery]);
  });

  it('filters by related_to with each related_record_type', async () => {
    const sbx = await startTestSandbox();
    expect(await searchIds(sbx, { related_to: persons.avery, related_record_type: 'person' })).toStrictEqual([
      tasks.followUpAvery,
    ]);
    expect(await searchIds(sbx, { related_to: jobs.backend, related_record_type: 'job' })).toStrictEqual([
      tasks.followUpAvery,
    ]);
    expect(
      await searchIds(sbx, { related_to: companies.globex, related_record_type: 'client' }),
    ).toStrictEqual([tasks.callNoor]);
    expect(await searchIds(sbx, { related_to: deals.northwind, related_record_type: 'deal' })).toStrictEqual([
      tasks.doneFelix,
    ]);
    // The id of a person is not a job id.
    expect(await searchIds(sbx, { related_to: persons.avery, related_record_type: 'job' })).toStrictEqual([]);
    // Without a type, any relation matches.
    expect(await searchIds(sbx, { related_to: deals.northwind })).toStrictEqual([tasks.doneFelix]);
  });

  it('finds a task just created for a person (the double-submit guard)', async () => {
    const sbx = await startTestSandbox();
    const created = await sbx.post<TaskOut>('/v1/tasks', {
      content_text: 'New one',
      task_type: 'text',
      person_id: persons.tomas,
    });
    expect(await searchIds(sbx, { related_to: persons.tomas, related_record_type: 'person' })).toStrictEqual([
      created.json.data.id,
    ]);
  });

  it('filters by task_types, is_completed and owner_ids', async () => {
    const sbx = await startTestSandbox();
    expect(
      await searchIds(sbx, { task_types: ['call', 'linkedin_connection'], sort_order: 'asc' }),
    ).toStrictEqual([tasks.callNoor, tasks.doneFelix]);
    expect(await searchIds(sbx, { is_completed: true })).toStrictEqual([tasks.doneFelix]);
    expect(await searchIds(sbx, { is_completed: false, sort_order: 'asc' })).toStrictEqual([
      tasks.followUpAvery,
      tasks.callNoor,
    ]);
    expect(await searchIds(sbx, { owner_ids: [team.aiko] })).toStrictEqual([tasks.callNoor]);
    expect(await searchIds(sbx, { owner_ids: [team.sam] })).toStrictEqual([]);
  });

  it('filters by an inclusive due-date range and leaves out undated tasks', async () => {
    const sbx = await startTestSandbox();
    const range = {
      due_date_start: '2026-02-02T09:00:00Z',
      due_date_end: '2026-02-05T14:30:00Z',
      sort_by: 'due_date',
      sort_order: 'asc',
    };
    expect(await searchIds(sbx, range)).toStrictEqual([tasks.followUpAvery, tasks.callNoor]);
    expect(await searchIds(sbx, { ...range, due_date_start: '2026-02-02T09:00:00.001Z' })).toStrictEqual([
      tasks.callNoor,
    ]);
    expect(await searchIds(sbx, { due_date_end: '2026-02-05T14:29:59Z' })).toStrictEqual([
      tasks.followUpAvery,
    ]);
    // A date-only end covers that whole day.
    expect(await searchIds(sbx, { due_date_start: '2026-02-05', due_date_end: '2026-02-05' })).toStrictEqual([
      tasks.callNoor,
    ]);
  });

  it('matches keywords case-insensitively, all keywords required', async () => {
    const sbx = await startTestSandbox();
    expect(await searchIds(sbx, { keywords: ['AVERY'] })).toStrictEqual([tasks.followUpAvery]);
    expect(await searchIds(sbx, { keywords: ['call', 'design'] })).toStrictEqual([tasks.callNoor]);
    expect(await searchIds(sbx, { keywords: ['call', 'backend'] })).toStrictEqual([]);
  });

  it('sorts by due_date with undated tasks last in both orders, and by updated_at', async () => {
    const sbx = await startTestSandbox();
    expect(await searchIds(sbx, { sort_by: 'due_date', sort_order: 'asc' })).toStrictEqual([
      tasks.followUpAvery,
      tasks.callNoor,
      tasks.doneFelix,
    ]);
    expect(await searchIds(sbx, { sort_by: 'due_date', sort_order: 'desc' })).toStrictEqual([
      tasks.callNoor,
      tasks.followUpAvery,
      tasks.doneFelix,
    ]);
    expect((await searchIds(sbx, { sort_by: 'updated_at' }))[0]).toBe(tasks.doneFelix);
  });

  it('pages with offset/limit and reports the full total', async () => {
    const sbx = await startTestSandbox();
    const page = await sbx.post<TaskOut[]>('/v1/tasks/search', { offset: 2, limit: 1 });
    expect(page.json.data.map((t) => t.id)).toStrictEqual([tasks.followUpAvery]);
    expect(page.json.meta).toStrictEqual({ total: 3, offset: 2, limit: 1 });
    const nullOffset = await sbx.post<TaskOut[]>('/v1/tasks/search', { offset: null });
    expect(nullOffset.json.meta).toStrictEqual({ total: 3, offset: 0, limit: 100 });
  });

  it('expands owners in results', async () => {
    const sbx = await startTestSandbox();
    const res = await sbx.post<TaskOut[]>('/v1/tasks/search', { related_to: persons.noor });
    expect(res.json.data[0]?.owners).toStrictEqual([
      { id: team.aiko, first_name: 'Aiko', last_name: 'Nishimura' },
    ]);
  });
});
