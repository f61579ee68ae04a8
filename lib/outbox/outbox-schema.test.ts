import { describe, expect, it } from 'vitest';
import { outboxItemSchema } from '@/lib/outbox/outbox-schema';
import { newItem } from '@/lib/outbox/outbox-state';
import { groupOutboxItems, type OutboxGroup, runGroups } from '@/lib/tasks/cadence-group';

describe('on an outbox item', () => {
  const withGroup = outboxItemSchema;
  const item = newItem(
    {
      clientId: '0b6f3c1e-4a5d-4e8f-9a1b-2c3d4e5f6a7b',
      person: {
        profileUrl: 'https://www.linkedin.com/in/ada-lovelace/',
        fullName: 'Ada Lovelace',
        firstName: 'Ada',
        lastName: 'Lovelace',
        headline: null,
        currentTitle: null,
        currentCompany: null,
        location: null,
      },
      task: {
        task_type: 'call',
        content_text: 'Call Ada Lovelace',
        due_date: '2026-03-17T16:00:00.000Z',
        owner_ids: [],
        job_id: null,
        deal_id: null,
        client_id: null,
      },
    },
    Date.UTC(2026, 2, 6),
  );

  it('keeps a run’s group and still reads items without one', () => {
    const group = runGroups('run-1', 'Connect, then follow up', 3)[2] as OutboxGroup;
    expect(withGroup.parse({ ...item, group }).group).toStrictEqual(group);
    expect(withGroup.parse(item).group).toBeUndefined();
    const [entry] = groupOutboxItems([withGroup.parse({ ...item, group })]);
    const step = entry?.kind === 'group' ? entry.steps[0] : undefined;
    expect(step && 'task' in step && step.task.task_type).toBe('call');
  });

  it('reads a task stored before logs existed (no kind) and a logged touch, each as its kind', () => {
    const { kind: _none, ...older } = item as typeof item & { kind?: string };
    expect(outboxItemSchema.parse(older)).toMatchObject({ task: { task_type: 'call' }, taskId: null });
    const log = newItem(
      {
        kind: 'activity',
        clientId: '1b6f3c1e-4a5d-4e8f-9a1b-2c3d4e5f6a7b',
        person: item.person,
        activity: { touch: 'linkedin_message', text: 'Hi Ada', taskId: 'task-1' },
      },
      Date.UTC(2026, 2, 6),
    );
    const read = outboxItemSchema.parse(log);
    expect(read.kind === 'activity' && read.activity.taskId).toBe('task-1');
    expect(read).toMatchObject({ activityId: null, state: 'queued' });
    expect(outboxItemSchema.safeParse({ ...log, activity: undefined }).success).toBe(false);
  });
});
