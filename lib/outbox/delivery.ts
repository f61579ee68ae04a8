/**
 * The outbox's delivery loop (used by lib/outbox/outbox.ts): picks due items oldest first and
 * sends each one — person, duplicate check when an earlier attempt's outcome is unknown, the task
 * or logged touch (attempt.ts) —
 * then records the outcome and schedules the next wake-up. Single-flight per worker.
 *
 * A create is not idempotent. Only a documented refusal proves nothing was created; every other
 * failure leaves the outcome unknown, and the next attempt searches before it sends. A 2xx is a
 * success whatever its body. An item needing more than one attempt is checked once afterwards for
 * a twin (a browser can resend a POST on its own when a kept-alive connection closes).
 */
import type { AttemptDeps } from '@/lib/outbox/attempt';
import { attemptFailure, type Outcome } from '@/lib/outbox/attempt-failure';
import type { BackoffOptions } from '@/lib/outbox/backoff';
import { type OutboxItem, stardexIdOf } from '@/lib/outbox/outbox-schema';
import {
  fail,
  isDue,
  isPending,
  pruneDone,
  settleInterrupted,
  startAttempt,
  succeed,
  waitsForEarlierStep,
} from '@/lib/outbox/outbox-state';
import { prepareAttempt } from '@/lib/outbox/prepare-attempt';
import { type StardexApiError, toApiError } from '@/lib/stardex/api-error';
import type { StardexClient } from '@/lib/stardex/client';

/** Finds (or creates) the item's Stardex person; `forget` drops a cached id Stardex no longer knows. */
export interface PersonResolver {
  resolve(item: OutboxItem, client: StardexClient): Promise<string | null>;
  forget(item: OutboxItem, client: StardexClient): Promise<void>;
}

export interface DeliveryDeps extends AttemptDeps {
  /** The client for the stored key/URL; throws a `config` error when there is none. */
  getClient(): Promise<StardexClient>;
  persons: PersonResolver;
  /** Wake the drain at `at` (an `outbox-retry` alarm in the extension); null = nothing pending. */
  schedule(at: number | null): void | Promise<void>;
  now?: () => number;
  backoff?: BackoffOptions;
  /** The client's request timeout: an interrupted attempt is over this long (plus a margin) after it started. */
  requestTimeoutMs?: number;
  /** The margin after the timeout (default 10 s; tests on a virtual clock need none). */
  inFlightMarginMs?: number;
  mutate<T>(change: (items: OutboxItem[]) => { items: OutboxItem[] | null; result: T }): Promise<T>;
}

/** Transient failures in a row, each for another item, after which Stardex itself looks down. */
const STOP_AFTER_FAILURES = 3;

/** If no retry time is known for pending items, look again after this long. */
const FALLBACK_WAKE_MS = 30_000;
/** While a long drain runs, the wake-up that resumes it if the worker is stopped is moved on this often. */
const REARM_WAKE_MS = 10_000;
/** Time for a request's last bytes to reach Stardex after the client gave up on it. */
const IN_FLIGHT_MARGIN_MS = 10_000;

const isStalePerson = (e: StardexApiError) =>
  (e.kind === 'not_found' || e.kind === 'validation') &&
  (e.field === 'person_id' || (e.field === null && e.kind === 'not_found' && /person/i.test(e.message)));

/** Creates the loop; `drain()` is single-flight and resolves when nothing more is due now. */
export function createDeliveryLoop(deps: DeliveryDeps) {
  const now = deps.now ?? Date.now;
  const inFlightMs = (deps.requestTimeoutMs ?? 15_000) + (deps.inFlightMarginMs ?? IN_FLIGHT_MARGIN_MS);
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

  /**
   * Items a stopped worker left `sending`, made to wait until their attempt is over. Run when a
   * drain starts, when this worker sends nothing: every `sending` item then is a dead worker's.
   */
  const settleAllInterrupted = () =>
    deps.mutate((items) => {
      if (!items.some((i) => i.state === 'sending')) return { items: null, result: null };
      return { items: items.map((i) => settleInterrupted(i, now(), inFlightMs)), result: null };
    });

  /** Takes the oldest due item and marks it `sending`, atomically, with the task ids others claimed. */
  const takeNext = () =>
    deps.mutate((items) => {
      const t = now();
      const next = items
        .filter((i) => isDue(i, t) && !waitsForEarlierStep(i, items))
        .sort((a, b) => a.createdAt - b.createdAt)[0];
      if (!next) return { items: null, result: null };
      const started = startAttempt(next, t);
      const claimed = new Set(items.flatMap((i) => (i !== next ? (stardexIdOf(i) ?? []) : [])));
      return { items: items.map((i) => (i === next ? started : i)), result: { item: started, claimed } };
    });

  /** Sends one item and says whether the loop goes on. */
  async function deliver(item: OutboxItem, claimed: Set<string>): Promise<Outcome> {
    let phase: 'prepare' | 'create' = 'prepare';
    let personId = item.personId;
    try {
      const client = await deps.getClient();
      personId ??= await deps.persons.resolve(item, client);
      let attempt = await prepareAttempt(deps, client, item, personId);
      if (item.outcomeUnknown) {
        const earlier = await attempt.findEarlier(claimed);
        if (earlier) {
          await update(item.clientId, (i) => succeed({ ...i, personId }, earlier, now()));
          return 'go-on';
        }
      }
      phase = 'create';
      const createdId = await attempt.create().catch(async (raw: unknown) => {
        const error = toApiError(raw);
        if (personId === null || !isStalePerson(error)) throw error;
        // The cached person was merged or deleted in Stardex: look it up again, once.
        await deps.persons.forget(item, client);
        personId = await deps.persons.resolve({ ...item, personId: null }, client);
        attempt = await prepareAttempt(deps, client, item, personId);
        return attempt.create();
      });
      // A 2xx without a readable id is still delivery: find the id by search, else keep none.
      const id = createdId ?? (await attempt.findEarlier(claimed).catch(() => undefined)) ?? null;
      const twin = item.attempts > 1 && (await attempt.hasTwin(claimed));
      await update(item.clientId, (i) => ({
        ...succeed({ ...i, personId }, id, now()),
        possibleTwin: twin,
      }));
      return 'go-on';
    } catch (raw) {
      const failure = attemptFailure(toApiError(raw), item, phase, now(), inFlightMs, deps.backoff);
      const { stored, retryAt, unknown, blocksAll } = failure;
      await update(
        item.clientId,
        (i) => fail({ ...i, personId }, stored, retryAt, unknown),
        (i) =>
          blocksAll && (i.state === 'queued' || i.state === 'retrying') ? fail(i, stored, null, false) : i,
      );
      return failure.outcome;
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

  /** A wake-up in case the worker is stopped mid-drain (reschedule replaces it when the drain ends). */
  let armedAt = Number.NEGATIVE_INFINITY;
  const rearm = async () => {
    if (now() - armedAt < REARM_WAKE_MS) return;
    armedAt = now();
    await deps.schedule(armedAt + FALLBACK_WAKE_MS);
  };

  async function runOnce(): Promise<void> {
    await settleAllInterrupted();
    armedAt = Number.NEGATIVE_INFINITY;
    // One person's failure does not hold the others back; its later steps wait (waitsForEarlierStep).
    let failuresInARow = 0;
    for (;;) {
      const next = await takeNext();
      if (!next) break;
      await rearm();
      const outcome = await deliver(next.item, next.claimed);
      failuresInARow = outcome === 'failed-alone' ? failuresInARow + 1 : 0;
      if (outcome === 'stop' || failuresInARow >= STOP_AFTER_FAILURES) break;
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
