import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { outboxItemSchema } from '@/lib/outbox/outbox-schema';
import { newItem } from '@/lib/outbox/outbox-state';
import { groupOutboxItems, type OutboxGroup, outboxGroupSchema, runGroups } from '@/lib/tasks/cadence-group';

describe('on an outbox item', () => {
  // The field as lib/outbox/outbox-schema.ts would add it: optional, so older items still parse.
  const withGroup = z.extend(outboxItemSchema, { group: z.optional(outboxGroupSchema()) });
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
    expect(entry?.kind === 'group' && entry.steps[0]?.task.task_type).toBe('call');
  });
});
