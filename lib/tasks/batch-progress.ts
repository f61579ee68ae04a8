/**
 * How far a batch (lib/tasks/batch.ts) got, from the outbox alone: the popup and Options show it
 * across a closed popup and a browser restart.
 *
 *   batchLine(batchProgress(items).get(id)) → "12 of 25 people, 36 of 75 tasks in Stardex · 2 people need you"
 *
 * Done items are pruned after a day, failed and waiting ones never are: whatever is missing was
 * delivered. So the totals come from the batch (`people`) and each run's step count, and what is
 * done is the total minus what is still present and not done.
 */
import type { Batch } from '@/lib/tasks/batch';
import type { Groupable } from '@/lib/tasks/cadence-group';

/** What the progress needs of an outbox item (the item itself, or a test's stand-in). */
export interface BatchMember extends Groupable {
  batch?: Batch | undefined;
  person: { profileUrl: string; fullName: string };
  lastError: { message: string } | null;
}

/** A person of the batch whose task Stardex refused: it waits for the recruiter. */
export interface FailedPerson {
  fullName: string;
  profileUrl: string;
  /** Each failed item's error in words, as the outbox stored it. */
  reasons: string[];
}

export interface BatchProgress {
  id: string;
  people: number;
  peopleDone: number;
  tasks: number;
  tasksDone: number;
  failed: FailedPerson[];
  /** People with tasks still on their way (none failed). */
  waiting: number;
}

/** Where one person's tasks are: any refused, else any on its way, else all in Stardex. */
export type PersonState = 'failed' | 'queued' | 'in-stardex';

export function personState(items: readonly Groupable[]): PersonState {
  if (items.some((i) => i.state === 'failed')) return 'failed';
  return items.some((i) => i.state !== 'done') ? 'queued' : 'in-stardex';
}

/** Tasks one person's items stand for: the run's step count, or 1 without a cadence. */
const tasksOf = (items: readonly BatchMember[]) =>
  Math.max(items.length, ...items.map((i) => i.group?.count ?? 1));

/** `items` by their person's profile URL, each person's in outbox order. */
export function byPerson<T extends BatchMember>(items: readonly T[]): Map<string, T[]> {
  const people = new Map<string, T[]>();
  for (const item of items) {
    const run = people.get(item.person.profileUrl);
    if (run) run.push(item);
    else people.set(item.person.profileUrl, [item]);
  }
  return people;
}

function progressOf(batch: Batch, items: readonly BatchMember[]): BatchProgress {
  const runs = [...byPerson(items).values()];
  // People whose items were all pruned had a run like the others (one click, one cadence).
  const perPerson = Math.max(1, ...runs.map(tasksOf));
  const gone = Math.max(0, batch.people - runs.length);
  const tasks = runs.reduce((sum, run) => sum + tasksOf(run), gone * perPerson);
  const open = items.filter((i) => i.state !== 'done').length;
  const unfinished = runs.filter((run) => personState(run) !== 'in-stardex');
  const failed = unfinished
    .filter((run) => personState(run) === 'failed')
    .map((run) => ({
      fullName: run[0]?.person.fullName ?? '',
      profileUrl: run[0]?.person.profileUrl ?? '',
      reasons: run.flatMap((i) => (i.state === 'failed' && i.lastError ? [i.lastError.message] : [])),
    }));
  return {
    id: batch.id,
    people: batch.people,
    peopleDone: Math.max(0, batch.people - unfinished.length),
    tasks,
    tasksDone: tasks - open,
    failed,
    waiting: unfinished.length - failed.length,
  };
}

/** Each batch present in the outbox, by id, in the order its first item appears. */
export function batchProgress(items: readonly BatchMember[]): Map<string, BatchProgress> {
  const members = new Map<string, { batch: Batch; items: BatchMember[] }>();
  for (const item of items) {
    if (!item.batch) continue;
    const entry = members.get(item.batch.id) ?? { batch: item.batch, items: [] };
    entry.items.push(item);
    members.set(item.batch.id, entry);
  }
  return new Map([...members].map(([id, { batch, items: its }]) => [id, progressOf(batch, its)]));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 of 25 people, 36 of 75 tasks in Stardex", then "· 2 people need you" when some failed. */
export function batchLine(progress: BatchProgress): string {
  const line = `${progress.peopleDone} of ${count(progress.people, 'person', 'people')}, ${progress.tasksDone} of ${count(progress.tasks, 'task', 'tasks')} in Stardex`;
  const needing = progress.failed.length;
  if (needing === 0) return line;
  return `${line} · ${count(needing, 'person needs', 'people need')} you`;
}

/** The popup's line while it follows a batch: "Delivering: 1 of 2 people, ……", then "Delivered: …". */
export function deliveryLine(progress: BatchProgress): string {
  const waiting = progress.waiting > 0;
  const where = progress.failed.length > 0 ? ' (see Options → Outbox)' : '';
  return `${waiting ? 'Delivering' : 'Delivered'}: ${batchLine(progress)}${where}${waiting ? '…' : ''}`;
}

/** The outbox list's top level: each batch as one entry (where its first item is), the rest as they are. */
export type BatchSplit<T extends BatchMember> =
  | { kind: 'batch'; progress: BatchProgress; items: T[] }
  | { kind: 'rest'; items: T[] };

/** Batches first (in the order their first item appears), then the items of no batch. */
export function splitBatches<T extends BatchMember>(items: readonly T[]): BatchSplit<T>[] {
  const progress = batchProgress(items);
  const batches = [...progress.values()].map((p) => ({
    kind: 'batch' as const,
    progress: p,
    items: items.filter((i) => i.batch?.id === p.id),
  }));
  const rest = items.filter((i) => !i.batch);
  return rest.length > 0 ? [...batches, { kind: 'rest', items: rest }] : batches;
}
