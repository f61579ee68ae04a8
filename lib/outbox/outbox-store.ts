/**
 * `local:outbox` as the outbox reads it: validated per item, and parsed once per worker life
 * rather than once per step: every step of a submit (store it, claim it, record the answer, wait
 * for it, count what is ahead) reads the list, so the list the worker last read or wrote is
 * kept, and only a change made elsewhere (a test seeding storage, a future second writer) makes
 * the next read go back to storage.
 *
 * An item that does not parse (say, written by a newer version) is kept as it is and written
 * back, never silently dropped.
 */
import { type ActivityItem, type OutboxItem, outboxItemSchema, type TaskItem } from './outbox-schema';

export interface OutboxStore {
  read(): Promise<OutboxItem[]>;
  write(items: OutboxItem[]): Promise<void>;
}

/** The storage item the store sits on (WXT's `outboxItem` in the background; a fake in tests). */
export interface RawOutboxItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown[]): Promise<void>;
  watch(cb: (next: unknown) => void): () => void;
}

/** What identifies a stored list well enough to tell our own write from someone else's. */
function fingerprint(values: readonly unknown[]): string {
  return values
    .map((v) => {
      const i = (v ?? {}) as Partial<TaskItem> & Partial<ActivityItem>;
      const id = i.taskId ?? i.activityId ?? '';
      return `${i.clientId}:${i.state}:${i.attempts}:${id}:${i.nextAttemptAt ?? ''}`;
    })
    .join('|');
}

export function createOutboxStore(item: RawOutboxItem): OutboxStore {
  let cache: { items: OutboxItem[]; unreadable: unknown[]; print: string } | null = null;
  item.watch((next) => {
    const values = Array.isArray(next) ? next : [];
    if (cache && fingerprint(values) !== cache.print) cache = null;
  });
  return {
    async read() {
      if (cache) return cache.items;
      const stored = await item.getValue();
      const raw: unknown[] = Array.isArray(stored) ? stored : [];
      const items: OutboxItem[] = [];
      const unreadable: unknown[] = [];
      for (const value of raw) {
        const parsed = outboxItemSchema.safeParse(value);
        if (parsed.success) items.push(parsed.data);
        else unreadable.push(value);
      }
      cache = { items, unreadable, print: fingerprint(raw) };
      return items;
    },
    async write(items) {
      const unreadable = cache?.unreadable ?? [];
      const values = [...unreadable, ...items];
      cache = null; // a failed write (storage full) must not leave a list storage does not have
      await item.setValue(values);
      cache = { items, unreadable, print: fingerprint(values) };
    },
  };
}
