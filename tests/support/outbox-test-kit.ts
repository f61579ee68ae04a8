/**
 * Test kit for the outbox: an in-memory store, a fake Stardex, a client with a permissive limiter
 * and the real person matcher, wired the way lib/background wires them. Used by unit tests.
 */
import { createPersonMatcher, type PersonCacheEntry } from '@/lib/background/person-matcher';
import { createOutbox, type OutboxStore } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { createStardexClient } from '@/lib/stardex/client';
import { createRateLimiter } from '@/lib/stardex/rate-limiter';
import type { ActivitySubmission, Touch } from '@/lib/tasks/activity-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { createFakeStardex } from '@/tests/support/fake-stardex';

let seq = 0;
/** A valid submission for person number `n` (distinct clientIds). */
export function submission(n = 1, text = 'Send the role description'): TaskSubmission {
  seq += 1;
  return {
    clientId: `10000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
    person: {
      profileUrl: `https://www.linkedin.com/in/test-person-${n}/`,
      fullName: `Test Person ${n}`,
      firstName: 'Test',
      lastName: `Person ${n}`,
      headline: null,
      currentTitle: 'Engineer',
      currentCompany: 'Acme',
      location: 'Berlin',
    },
    task: {
      task_type: 'linkedin_message',
      content_text: text,
      due_date: '2026-02-01T09:00:00Z',
      owner_ids: [],
      job_id: null,
      deal_id: null,
      client_id: null,
    },
  };
}

/** A logged touch (a message sent) for person number `n`, working `taskId` when given. */
export function logSubmission(
  n = 1,
  text = 'Hi, I sent you the role description',
  touch: Touch = 'linkedin_message',
  taskId: string | null = null,
): ActivitySubmission {
  const { person } = submission(n);
  seq += 1;
  return {
    kind: 'activity',
    clientId: `20000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
    person,
    activity: { touch, text, taskId },
  };
}

/** An in-memory OutboxStore. */
export function memoryStore(initial: OutboxItem[] = []): OutboxStore & { items: OutboxItem[] } {
  const store = {
    items: structuredClone(initial),
    read: async () => structuredClone(store.items),
    write: async (items: OutboxItem[]) => {
      store.items = structuredClone(items);
    },
  };
  return store;
}

export function outboxKit(
  options: { apiKey?: string; addMissingPerson?: boolean; timeoutMs?: number; now?: () => number } = {},
) {
  const fake = createFakeStardex();
  const store = memoryStore();
  const cache: Record<string, PersonCacheEntry> = {};
  const scheduled: (number | null)[] = [];
  const settings = {
    apiKey: options.apiKey ?? 'test-key',
    addMissingPerson: options.addMissingPerson ?? true,
  };
  const rateLimiter = createRateLimiter({ limit: 6000 });
  const matcher = createPersonMatcher({
    cache: {
      read: async () => ({ ...cache }),
      write: async (next) => {
        for (const key of Object.keys(cache)) delete cache[key];
        Object.assign(cache, next);
      },
    },
    addMissingPerson: async () => settings.addMissingPerson,
    now: options.now,
  });
  const getClient = async () =>
    createStardexClient({
      baseUrl: 'https://api.stardex.example',
      apiKey: settings.apiKey,
      rateLimiter,
      fetch: fake.fetch,
      timeoutMs: options.timeoutMs ?? 200,
    });
  const outbox = createOutbox({
    store,
    getClient,
    persons: matcher.resolver,
    schedule: (at) => void scheduled.push(at),
    backoff: { baseMs: 1000, random: () => 0.5 },
  });
  const item = (clientId: string) => store.items.find((i) => i.clientId === clientId);
  return { fake, store, cache, scheduled, settings, outbox, item, matcher, getClient };
}
