/**
 * The outbox's delivery loop (used by lib/outbox/outbox.ts): picks due items oldest first and
 * sends each one — person, duplicate check when an earlier attempt's outcome is unknown, task —
 * then records the outcome and schedules the next wake-up. Single-flight per worker.
 */
import { format } from 'date-fns';
import { type BackoffOptions, retryDelayMs } from '@/lib/outbox/backoff';
import { duplicateQuery, findDuplicate } from '@/lib/outbox/dedupe';
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';
import {
  fail,
  isDue,
  isPending,
  pruneDone,
  resumeInterrupted,
  startAttempt,
  succeed,
} from '@/lib/outbox/outbox-state';
import { buildCreateTaskRequest } from '@/lib/outbox/task-request';
import { rateLimitedMessage, type StardexApiError, toApiError } from '@/lib/stardex/api-error';
import type { StardexClient } from '@/lib/stardex/client';

/** Finds (or creates) the item's Stardex person; `forget` drops a cached id Stardex no longer knows. */
export interface PersonResolver {
  resolve(item: OutboxItem, client: StardexClient): Promise<string | null>;
  forget(item: OutboxItem, client: StardexClient): Promise<void>;
}

export interface DeliveryDeps {
  /** The client for the stored key/URL; throws a `config` error when there is none. */
  getClient(): Promise<StardexClient>;
  persons: PersonResolver;
  /** Wake the drain at `at` (an `outbox-retry` alarm in the extension); null = nothing pending. */
  schedule(at: number | null): void | Promise<void>;
  now?: () => number;
  backoff?: BackoffOptions;
  mutate<T>(change: (items: OutboxItem[]) => { items: OutboxItem[] | null; result: T }): Promise<T>;
}

/** If no retry time is known for pending items, look again after this long. */
const FALLBACK_WAKE_MS = 30_000;

function retryMessage(error: StardexApiError, retryAt: number): string {
  const at = format(retryAt, 'HH:mm:ss');
  if (error.kind === 'rate_limited') return rateLimitedMessage(retryAt);
  if (error.kind === 'server')
    return `Stardex had a problem (HTTP ${error.status ?? '?'}); retrying at ${at}`;
  if (error.kind === 'timeout') return `Stardex did not answer in time; retrying at ${at}`;
  return `No connection to Stardex; retrying at ${at}`;
}

const isStalePerson = (e: StardexApiError) =>
  (e.kind === 'not_found' || e.kind === 'validation') &&
  (e.field === 'person_id' || (e.field === null && e.kind === 'not_found' && /person/i.test(e.message)));

/** Creates the loop; `drain()` is single-flight and resolves when nothing more is due now. */
export function createDeliveryLoop(deps: DeliveryDeps) {
  const now = deps.now ?? Date.now;
  let running: Promise<void> | null = null;
  let again = false;

  const update = (
    clientId: string,
    change: (item: OutboxItem) => OutboxItem,
    others = (i: OutboxItem) => i,
  ) =>
    deps.mutate((items) => ({
      items: items.map((i) => (i.clientId === clientId ? change(i) : others(i))),
      result: null,
    }));

  /** Takes the oldest due item and marks it `sending`, atomically. */
  const takeNext = () =>
    deps.mutate((items) => {
      const t = now();
      const next = items.filter((i) => isDue(i, t)).sort((a, b) => a.createdAt - b.createdAt)[0];
      if (!next) return { items: null, result: null };
      const started = startAttempt(resumeInterrupted(next), t);
      return { items: items.map((i) => (i === next ? started : i)), result: started };
    });

  /** Sends one item; true = stop the loop (the next items would fail the same way). */
  async function deliver(item: OutboxItem): Promise<boolean> {
    let phase: 'prepare' | 'create' = 'prepare';
    let personId = item.personId;
    try {
      const client = await deps.getClient();
      personId ??= await deps.persons.resolve(item, client);
      let body = buildCreateTaskRequest(item, personId);
      if (item.outcomeUnknown) {
        const found = await client.searchTasks(duplicateQuery(body));
        const dup = findDuplicate(found, body, item.firstAttemptAt ?? item.createdAt);
        if (dup) {
          await update(item.clientId, (i) => succeed({ ...i, personId }, dup.id, now()));
          return false;
        }
      }
      phase = 'create';
      const task = await client.createTask(body).catch(async (raw: unknown) => {
        const error = toApiError(raw);
        if (personId === null || !isStalePerson(error)) throw error;
        // The cached person was merged or deleted in Stardex: look it up again, once.
        await deps.persons.forget(item, client);
        personId = await deps.persons.resolve({ ...item, personId: null }, client);
        body = buildCreateTaskRequest(item, personId);
        return client.createTask(body);
      });
      await update(item.clientId, (i) => succeed({ ...i, personId }, task.id, now()));
      return false;
    } catch (raw) {
      const error = toApiError(raw);
      // A create that timed out, lost its connection or died behind a gateway may have reached Stardex.
      const unknown =
        phase === 'create' &&
        (error.kind === 'network' ||
          error.kind === 'timeout' ||
          error.status === 502 ||
          error.status === 504);
      const retryAt = error.isTransient ? now() + retryDelayMs(item.attempts, error, deps.backoff) : null;
      const stored: OutboxError = {
        ...error.toOutboxError(),
        message: retryAt === null ? error.message : retryMessage(error, retryAt),
      };
      // Without a working key nothing can be sent: every waiting item shows why, and is retried when it is fixed.
      const blocksAll = error.kind === 'unauthorized' || error.kind === 'config';
      await update(
        item.clientId,
        (i) => fail({ ...i, personId }, stored, retryAt, unknown),
        (i) =>
          blocksAll && (i.state === 'queued' || i.state === 'retrying') ? fail(i, stored, null, false) : i,
      );
      return error.isTransient || blocksAll;
    }
  }

  async function reschedule(): Promise<void> {
    const items = await deps.mutate((list) => {
      const kept = pruneDone(list, now());
      return { items: kept.length === list.length ? null : kept, result: kept };
    });
    const pending = items.filter(isPending);
    const times = pending.map((i) => i.nextAttemptAt).filter((t): t is number => t !== null);
    const at = times.length > 0 ? Math.min(...times) : pending.length > 0 ? now() + FALLBACK_WAKE_MS : null;
    await deps.schedule(at);
  }

  async function runOnce(): Promise<void> {
    for (;;) {
      const item = await takeNext();
      if (!item || (await deliver(item))) break;
    }
    await reschedule();
  }

  return {
    drain(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await runOnce();
          } while (again);
        } finally {
          running = null;
        }
      })();
      return running;
    },
  };
}
