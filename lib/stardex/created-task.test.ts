import { describe, expect, it } from 'vitest';
import { createdTaskFrom } from './created-task';

const id = '7b0c6d1e-1111-4222-8333-944455556666';

describe('createdTaskFrom', () => {
  it('reads the documented envelope', () => {
    const created = createdTaskFrom({ success: true, data: { id, content_text: 'x', task_type: 'call' } });
    expect(created.id).toBe(id);
    expect(created.task).toMatchObject({ id, content_text: 'x' });
  });

  it.each([
    ['data.task', { success: true, data: { task: { id } } }],
    ['top-level id', { id, created: true }],
    ['data with an id only', { data: { id } }],
  ])('finds the id in an odd shape: %s', (_name, body) => {
    expect(createdTaskFrom(body).id).toBe(id);
  });

  it.each([
    ['a proxy page', '<html><body>OK</body></html>'],
    ['an empty body', null],
    ['JSON without an id', { ok: true }],
    ['an empty id', { data: { id: '' } }],
  ])('has no id for %s (still a success)', (_name, body) => {
    expect(createdTaskFrom(body)).toStrictEqual({ id: null, task: null });
  });
});
