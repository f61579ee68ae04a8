import { describe, expect, it } from 'vitest';
import { duplicateQuery, findDuplicate } from '@/lib/outbox/dedupe';
import type { CreateTaskRequest } from '@/lib/stardex/schemas';

const body: CreateTaskRequest = {
  content_text: 'Send the role description',
  task_type: 'call',
  due_date: '2026-02-01T09:00:00Z',
  person_id: 'p1',
};
const FIRST = Date.parse('2026-01-10T10:00:00Z');
const task = (over: Record<string, unknown>) => ({
  id: 't1',
  content_text: 'Send the role description',
  task_type: 'call',
  due_date: '2026-02-01T09:00:00.000Z',
  person_id: 'p1',
  created_at: '2026-01-10T10:00:01Z',
  ...over,
});

describe('findDuplicate', () => {
  it('matches same type, text and due instant created since the first attempt', () => {
    expect(findDuplicate([task({})], body, FIRST)?.id).toBe('t1');
  });

  it('ignores tasks that differ or predate the first attempt', () => {
    expect(findDuplicate([task({ task_type: 'text' })], body, FIRST)).toBeUndefined();
    expect(findDuplicate([task({ content_text: 'Other' })], body, FIRST)).toBeUndefined();
    expect(findDuplicate([task({ due_date: '2026-02-02T09:00:00Z' })], body, FIRST)).toBeUndefined();
    expect(findDuplicate([task({ due_date: null })], body, FIRST)).toBeUndefined();
    expect(findDuplicate([task({ created_at: '2026-01-09T10:00:00Z' })], body, FIRST)).toBeUndefined();
    expect(findDuplicate([task({ person_id: 'p2' })], body, FIRST)).toBeUndefined();
  });

  it('treats two missing due dates as equal', () => {
    const noDue = { ...body, due_date: undefined };
    expect(findDuplicate([task({ due_date: null })], noDue, FIRST)?.id).toBe('t1');
  });
});

describe('duplicateQuery', () => {
  it('searches the person tasks of that type, or by words without a person', () => {
    expect(duplicateQuery(body)).toMatchObject({
      related_to: 'p1',
      related_record_type: 'person',
      task_types: ['call'],
    });
    const q = duplicateQuery({ ...body, person_id: undefined });
    expect(q.related_to).toBeUndefined();
    expect(q.keywords).toEqual(['Send', 'the', 'role', 'description']);
  });
});
