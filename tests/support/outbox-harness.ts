/**
 * The outbox outside the extension: in-memory storage, a simulated alarm (the harness sleeps until
 * the scheduled wake-up and drains again) and a real client. Used by the sandbox integration tests
 * and `npm run bench` (node, no extension APIs). `clock` can be virtual so minutes of rate-limit
 * windows and backoff pass instantly (the sandbox takes the same clock).
 */
import { createPersonMatcher, type PersonCacheEntry } from '@/lib/background/person-matcher';
import type { BackoffOptions } from '@/lib/outbox/backoff';
import { createOutbox, type OutboxStore } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { isPending } from '@/lib/outbox/outbox-state';
import { createStardexClient } from '@/lib/stardex/client';
import { createRateLimiter } from '@/lib/stardex/rate-limiter';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock that jumps instead of waiting (single drain at a time, so jumps never overlap). */
export function virtualClock(start = Date.now()): Clock {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

export interface HarnessOptions {
  baseUrl: string;
  apiKey: string;
  rateLimitPerMinute: number;
  clock?: Clock;
  backoff?: BackoffOptions;
  timeoutMs?: number;
  /** Margin after `timeoutMs` before an interrupted attempt counts as over (default 0). */
  inFlightMarginMs?: number;
  addMissingPerson?: boolean;
  /** Share the stored items with another harness ("the worker restarted"). */
  store?: OutboxStore & { items(): OutboxItem[] };
  fetch?: typeof fetch;
}

/** In-memory outbox storage. */
export function memoryOutboxStore(): OutboxStore & { items(): OutboxItem[] } {
  let items: OutboxItem[] = [];
  return {
    read: async () => structuredClone(items),
    write: async (next) => {
      items = structuredClone(next);
    },
    items: () => items,
  };
}

/** Builds the outbox with in-memory storage; `settings.apiKey` can be changed to "fix the key". */
export function createOutboxHarness(options: HarnessOptions) {
  const clock = options.clock ?? realClock;
  const store = options.store ?? memoryOutboxStore();
  let cache: Record<string, PersonCacheEntry> = {};
  const settings = { apiKey: options.apiKey, addMissingPerson: options.addMissingPerson ?? true };
  const rateLimiter = createRateLimiter({
    limit: options.rateLimitPerMinute,
    now: clock.now,
    sleep: clock.sleep,
  });
  const matcher = createPersonMatcher({
    cache: {
      read: async () => ({ ...cache }),
      write: async (next) => {
        cache = { ...next };
      },
    },
    addMissingPerson: async () => settings.addMissingPerson,
    now: clock.now,
  });
  let wakeAt: number | null = null;
  const outbox = createOutbox({
    store,
    getClient: async () =>
      createStardexClient({
        baseUrl: options.baseUrl,
        apiKey: settings.apiKey,
        rateLimiter,
        timeoutMs: options.timeoutMs ?? 5_000,
        maxQueueWaitMs: 20_000,
        now: clock.now,
        fetch: options.fetch,
      }),
    persons: matcher.resolver,
    schedule: (at) => {
      wakeAt = at;
    },
    now: clock.now,
    backoff: options.backoff,
    requestTimeoutMs: options.timeoutMs ?? 5_000,
    inFlightMarginMs: options.inFlightMarginMs ?? 0,
  });

  /** Drains, then keeps "firing the alarm" until nothing is pending (or `maxMs` of clock time passed). */
  async function runUntilIdle(maxMs = 10 * 60_000): Promise<void> {
    const deadline = clock.now() + maxMs;
    await outbox.drain();
    while (store.items().some(isPending) && clock.now() < deadline) {
      await clock.sleep(Math.max(0, (wakeAt ?? clock.now() + 1_000) - clock.now()));
      await outbox.drain();
    }
  }

  return { outbox, settings, rateLimiter, runUntilIdle, items: store.items, store, clock };
}
