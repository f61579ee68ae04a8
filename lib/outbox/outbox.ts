/**
 * The persisted outbox: every submitted task is stored before any network call and delivered
 * exactly once, across network drops, Stardex outages and 429s, a killed service worker and a
 * browser restart. Background-only.
 *
 *   const outbox = createOutbox({ store, getClient, persons, schedule });
 *   const item = await outbox.submit(submission);   // stored, then outbox.drain() runs
 *
 * Storage, the alarm and the person lookup are injected, so this runs under node in tests and the
 * bench. Two locks: `mutate` serialises every read-modify-write of the item list (submits, UI
 * actions and the drain interleave safely), and `drain` is single-flight (one delivery loop per
 * worker, so an alarm and a submit never send the same item twice).
 */

import { createDeliveryLoop, type DeliveryDeps } from '@/lib/outbox/delivery';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { edit, editLog, newItem, pruneDone, requeue } from '@/lib/outbox/outbox-state';
import type { OutboxStore } from '@/lib/outbox/outbox-store';
import type { Submission } from '@/lib/tasks/activity-schema';
import type { TaskFields } from '@/lib/tasks/task-schema';

export type { OutboxStore } from '@/lib/outbox/outbox-store';

export interface OutboxDeps extends Omit<DeliveryDeps, 'mutate'> {
  store: OutboxStore;
  /** Called after every change (badge, live lists). */
  onChange?: (items: OutboxItem[]) => void;
}

type Waiter = { clientId: string; resolve: (item: OutboxItem | undefined) => void };

/**
 * Bounds of the outbox, chosen: chrome.storage.local holds 10 MB for everything (drafts, caches
 * too), and a few hundred undelivered tasks mean something is wrong that a person must look at.
 * A submission past them is refused in words; nothing already queued is touched.
 */
export const OUTBOX_LIMITS = { items: 500, bytes: 4_000_000 } as const;

/** Why a submission cannot be queued, or null. */
export function outboxRefusal(items: readonly OutboxItem[]): string | null {
  const waiting = items.filter((i) => i.state !== 'done').length;
  if (waiting > OUTBOX_LIMITS.items)
    return `The outbox already holds ${OUTBOX_LIMITS.items} tasks that have not reached Stardex. Open Options → Outbox to retry or discard some; this task stays in the form.`;
  if (JSON.stringify(items).length > OUTBOX_LIMITS.bytes)
    return `Queuing this task would take the outbox past ${OUTBOX_LIMITS.bytes / 1_000_000} MB of this device's storage. Open Options → Outbox to retry or discard waiting tasks; this task stays in the form.`;
  return null;
}

/** Chrome's quota message, in words a recruiter can act on. */
function storageFull(error: unknown): Error {
  const raw = error instanceof Error ? error.message : String(error);
  if (!/quota/i.test(raw)) return error instanceof Error ? error : new Error(raw);
  return new Error(
    'This browser has no room left in the extension’s storage for the task. Discard waiting tasks in Options → Outbox; this task stays in the form.',
  );
}
const SETTLED = new Set(['done', 'failed', 'retrying']);

/** Creates the outbox around a store; see the module comment. */
export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? Date.now;
  let chain: Promise<unknown> = Promise.resolve();
  let waiters: Waiter[] = [];

  function notify(items: OutboxItem[]) {
    waiters = waiters.filter((w) => {
      const item = items.find((i) => i.clientId === w.clientId);
      if (item && !SETTLED.has(item.state)) return true;
      w.resolve(item);
      return false;
    });
    deps.onChange?.(items);
  }

  /** Applies `change` to the stored list under the lock; returns what `change` returned. */
  function mutate<T>(change: (items: OutboxItem[]) => { items: OutboxItem[] | null; result: T }): Promise<T> {
    const run = chain.then(async () => {
      const { items, result } = change(await deps.store.read());
      if (items !== null) {
        await deps.store.write(items);
        notify(items);
      }
      return result;
    });
    chain = run.catch(() => undefined);
    return run;
  }

  const loop = createDeliveryLoop({ ...deps, mutate });

  /** Applies a per-item change (null = refused) and kicks the drain when it was accepted. */
  async function changeItem(clientId: string, change: (item: OutboxItem) => OutboxItem | null) {
    const changed = await mutate((items) => {
      const index = items.findIndex((i) => i.clientId === clientId);
      const current = items[index];
      const next = current ? change(current) : null;
      if (!next || next === current) return { items: null, result: false };
      return { items: items.map((i) => (i === current ? next : i)), result: true };
    });
    if (changed) void loop.drain();
    return changed;
  }

  /**
   * Stores submissions in one write (a cadence run: all its steps or none), each once per clientId
   * (a double click, or Create pressed again after a lost reply, returns the stored item; one
   * Stardex refused is queued again with the fields given), in the order given, then starts delivery. Refused (throws, in words) past OUTBOX_LIMITS or when
   * storage is full.
   */
  async function submitAll(submissions: readonly Submission[]): Promise<OutboxItem[]> {
    const stored = await mutate((items) => {
      const t = now();
      const fresh = submissions.filter((s) => !items.some((i) => i.clientId === s.clientId));
      // Distinct creation times keep the steps' order in the queue (oldest first).
      const created = fresh.map((s, index) => newItem(s, t + index));
      // Create (or Log) pressed again on one Stardex refused (nothing was made): send it again, as now written.
      const again = (i: OutboxItem) => {
        const s = submissions.find((one) => one.clientId === i.clientId);
        return s ? editLog(i, s) : null;
      };
      const retried = items.map((i) => again(i) ?? i);
      const changed = created.length > 0 || retried.some((i, index) => i !== items[index]);
      const next = changed ? [...pruneDone(retried, t), ...created] : null;
      const refusal = next ? outboxRefusal(next) : null;
      if (refusal) throw new Error(refusal);
      const all = next ?? items;
      return { items: next, result: submissions.map((s) => all.find((i) => i.clientId === s.clientId)) };
    }).catch((error: unknown) => {
      throw storageFull(error);
    });
    void loop.drain();
    return stored.filter((i): i is OutboxItem => i !== undefined);
  }

  return {
    /**
     * Stores the submission (once per clientId: a double click, or Create pressed again after a
     * lost reply, returns the stored item) and starts delivery.
     */
    submit: async (submission: Submission): Promise<OutboxItem> =>
      (await submitAll([submission]))[0] as OutboxItem,
    submitAll,
    /** Resolves when the item is done/failed/retrying (or gone), or after `budgetMs` with its state then. */
    async waitForSettled(clientId: string, budgetMs: number): Promise<OutboxItem | undefined> {
      const current = (await deps.store.read()).find((i) => i.clientId === clientId);
      if (!current || SETTLED.has(current.state)) return current;
      return new Promise((resolve) => {
        const waiter: Waiter = { clientId, resolve };
        waiters.push(waiter);
        setTimeout(async () => {
          if (!waiters.includes(waiter)) return;
          waiters = waiters.filter((w) => w !== waiter);
          resolve((await deps.store.read()).find((i) => i.clientId === clientId));
        }, budgetMs);
      });
    },
    /** Delivers everything due; single-flight. Safe to call from alarms, startup and submits. */
    drain: loop.drain,
    /** All items, oldest first. */
    list: () => deps.store.read(),
    retry: (clientId: string) => changeItem(clientId, requeue),
    update: (clientId: string, task: TaskFields) => changeItem(clientId, (item) => edit(item, task)),
    discard: (clientId: string) =>
      mutate((items) => {
        const kept = items.filter((i) => i.clientId !== clientId || i.state === 'sending');
        return kept.length === items.length ? { items: null, result: false } : { items: kept, result: true };
      }),
    /** The API key or URL changed: everything that failed on it (401, no key, bad URL) is retried. */
    async retryWaitingOnKey(): Promise<number> {
      const count = await mutate((items) => {
        const waiting = (i: OutboxItem) =>
          i.state === 'failed' && (i.lastError?.kind === 'unauthorized' || i.lastError?.kind === 'config');
        const n = items.filter(waiting).length;
        return { items: n === 0 ? null : items.map((i) => (waiting(i) ? requeue(i) : i)), result: n };
      });
      if (count > 0) void loop.drain();
      return count;
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
