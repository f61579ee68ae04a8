/**
 * Outbox items created by one click on a cadence share a `group`, so the outbox list can show
 * them as one entry ("Connect, then follow up — 2 of 3 in Stardex") that opens to its steps.
 * `outboxGroupSchema` is the `group` of a task submission (lib/tasks/task-schema.ts), so of every
 * outbox item; the grouping only needs an item's group and state, so it works on any such item.
 *
 *   for (const entry of groupOutboxItems(items)) entry.kind === 'group' ? groupLine(entry) : …
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { CADENCE_LIMITS } from '@/lib/tasks/cadence-limits';

/** Which cadence run an item belongs to and where it stands in it. */
export const outboxGroupSchema = lazySchema(() =>
  z
    .object({
      /** One per run (per click), not the cadence's id: two people's runs are two groups. */
      id: z.string().check(z.minLength(1), z.maxLength(CADENCE_LIMITS.idMax)),
      /** The cadence's name when the run was created (a later rename does not relabel it). */
      name: z.string().check(z.minLength(1), z.maxLength(CADENCE_LIMITS.nameMax)),
      /** 0-based step number. */
      index: z.int().check(z.minimum(0)),
      count: z.int().check(z.minimum(1), z.maximum(CADENCE_LIMITS.steps)),
    })
    .check(z.refine((group) => group.index < group.count, 'A step index must be below the step count.')),
);
export type OutboxGroup = z.infer<ReturnType<typeof outboxGroupSchema>>;

/** The group of each step of one run, for the form to put on the submissions it queues. */
export function runGroups(runId: string, name: string, count: number): OutboxGroup[] {
  return Array.from({ length: count }, (_, index) => ({ id: runId, name, index, count }));
}

/** What an item needs for grouping: the outbox item, or a test's stand-in. */
export interface Groupable {
  group?: OutboxGroup | undefined;
  /** The outbox item's state: 'done', 'failed', or on its way. */
  state: string;
}

/** How a run is doing: all in Stardex, at least one failed (needs the recruiter), or still on its way. */
export type GroupState = 'done' | 'failed' | 'waiting';

export interface ItemGroup<T extends Groupable> {
  kind: 'group';
  id: string;
  name: string;
  /** The run's items present in the outbox, in step order. */
  steps: T[];
  doneCount: number;
  /** Steps the run created, including any no longer in the outbox. */
  count: number;
  state: GroupState;
}

export type OutboxEntry<T extends Groupable> = { kind: 'single'; item: T } | ItemGroup<T>;

function summarize(steps: readonly Groupable[]): GroupState {
  if (steps.some((s) => s.state === 'failed')) return 'failed';
  return steps.every((s) => s.state === 'done') ? 'done' : 'waiting';
}

/**
 * The outbox list's entries: items without a group as they are, each run's items as one group
 * where its first item appears. The state is over the items present: the outbox prunes done
 * items, so a run whose steps all got through reads "done" even once some have gone.
 */
export function groupOutboxItems<T extends Groupable>(items: readonly T[]): OutboxEntry<T>[] {
  const entries: OutboxEntry<T>[] = [];
  const groups = new Map<string, ItemGroup<T>>();
  for (const item of items) {
    const group = item.group;
    if (group === undefined) {
      entries.push({ kind: 'single', item });
      continue;
    }
    let entry = groups.get(group.id);
    if (entry === undefined) {
      entry = {
        kind: 'group',
        id: group.id,
        name: group.name,
        steps: [],
        doneCount: 0,
        count: 0,
        state: 'waiting',
      };
      groups.set(group.id, entry);
      entries.push(entry);
    }
    entry.steps.push(item);
  }
  for (const entry of groups.values()) {
    // Array.prototype.sort is stable: two items claiming one index keep their outbox order.
    entry.steps.sort((a, b) => (a.group?.index ?? 0) - (b.group?.index ?? 0));
    entry.doneCount = entry.steps.filter((s) => s.state === 'done').length;
    entry.count = Math.max(entry.steps.length, ...entry.steps.map((s) => s.group?.count ?? 0));
    entry.state = summarize(entry.steps);
  }
  return entries;
}

/** "Connect, then follow up — 2 of 3 in Stardex". */
export function groupLine(group: Pick<ItemGroup<Groupable>, 'name' | 'doneCount' | 'count'>): string {
  return `${group.name} — ${group.doneCount} of ${group.count} in Stardex`;
}
