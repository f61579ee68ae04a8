import { describe, expect, it } from 'vitest';
import { seedStore } from '../../sandbox/seed';
import { SandboxStore } from '../../sandbox/store';
import { landedTaskLine, newTaskLines } from './landed-tasks';

function storeWithSeed(): SandboxStore {
  const store = new SandboxStore();
  seedStore(store);
  return store;
}

describe('landed task lines', () => {
  it('names the type, the person, the due time and the text', () => {
    const store = storeWithSeed();
    const person = store.persons[0];
    const task = store.addTask({
      id: '7d0c1f0e-1111-4a2b-9c3d-000000000001',
      content_text: 'Message Avery about the backend role.',
      task_type: 'linkedin_message',
      due_date: '2026-12-08T09:00:00.000Z',
      is_completed: false,
      person_id: person?.id ?? null,
      deal_id: null,
      client_id: null,
      job_id: null,
      owner_ids: [],
      created_at: '2026-12-07T10:00:00.000Z',
      updated_at: '2026-12-07T10:00:00.000Z',
    });
    expect(landedTaskLine(task, person?.name ?? null)).toBe(
      `Task landed in the Stardex sandbox: LinkedIn message for ${person?.name}, due 2026-12-08 09:00 UTC: “Message Avery about the backend role.”`,
    );
  });

  it('reports only tasks stored after the last one seen, in order, once', () => {
    const store = storeWithSeed();
    const before = Math.max(...store.tasks.map((task) => task.seq));
    expect(newTaskLines(store, before)).toStrictEqual({ lines: [], lastSeq: before });
    const base = { ...store.tasks[0], seq: undefined } as unknown as Parameters<SandboxStore['addTask']>[0];
    store.addTask({
      ...base,
      id: 'a',
      content_text: 'First',
      task_type: 'call',
      due_date: null,
      person_id: null,
    });
    store.addTask({
      ...base,
      id: 'b',
      content_text: 'Second',
      task_type: 'other',
      due_date: null,
      person_id: null,
    });
    const next = newTaskLines(store, before);
    expect(next.lines).toStrictEqual([
      'Task landed in the Stardex sandbox: Call: “First”',
      'Task landed in the Stardex sandbox: Other: “Second”',
    ]);
    expect(newTaskLines(store, next.lastSeq).lines).toStrictEqual([]);
  });
});
