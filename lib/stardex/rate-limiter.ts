/**
 * Client-side guard for Stardex's 60 requests/minute/key sliding window (docs/stardex-api.md §1.4).
 * One limiter per key, shared by everything the worker sends. Two rules together:
 *
 * - a sliding log: never more than `limit` sends in any `windowMs + marginMs` (the margin absorbs
 *   latency jitter between our clock and the server's), which is the hard guarantee;
 * - pacing (GCRA): after a burst of `burst` requests, sends are spaced `windowMs / limit` apart,
 *   as the docs advise ("spread requests rather than bursting"), so a queue of 100 drains at the
 *   limit's rate instead of 60 at once, then a full-minute stall.
 *
 * The server's `X-RateLimit-Remaining/Reset` (another device may share the key) and a 429's
 * `Retry-After` pause it. Its state is persisted so a worker killed mid-queue does not wake up
 * and burst a second window's worth of requests.
 */
import { rateLimitedMessage, StardexApiError } from '@/lib/stardex/api-error';

export interface RateLimiterState {
  stamps: number[];
  /** GCRA theoretical arrival time. */
  tat: number;
  pausedUntil: number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  marginMs?: number;
  burst?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  store?: { load(): Promise<RateLimiterState | null>; save(state: RateLimiterState): Promise<void> };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates a limiter; `acquire()` before every request, `observe()`/`pauseUntil()` after. */
export function createRateLimiter(options: RateLimiterOptions) {
  const { limit, windowMs = 60_000, marginMs = 1_000, now = Date.now, sleep = realSleep, store } = options;
  const burst = Math.max(1, Math.min(options.burst ?? 10, limit));
  const interval = windowMs / limit;
  let state: RateLimiterState = { stamps: [], tat: 0, pausedUntil: 0 };
  let loaded: Promise<void> | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  const load = () => {
    loaded ??= (async () => {
      const saved = await store?.load().catch(() => null);
      if (saved) state = { ...saved, stamps: [...saved.stamps] };
    })();
    return loaded;
  };
  const save = () => store?.save({ ...state, stamps: [...state.stamps] }).catch(() => undefined);

  /** Earliest time the next request may leave, given the current state. */
  function earliest(t: number): number {
    state.stamps = state.stamps.filter((s) => s > t - windowMs - marginMs);
    const logFree =
      state.stamps.length >= limit
        ? (state.stamps[state.stamps.length - limit] ?? t) + windowMs + marginMs
        : t;
    const paced = state.tat - (burst - 1) * interval;
    return Math.max(t, logFree, paced, state.pausedUntil);
  }

  async function take(maxWaitMs: number): Promise<void> {
    await load();
    for (;;) {
      const t = now();
      const at = earliest(t);
      if (at <= t) break;
      if (at - t > maxWaitMs) {
        throw new StardexApiError({
          kind: 'rate_limited',
          code: 'CLIENT_RATE_LIMIT',
          retryAfterMs: at - t,
          message: rateLimitedMessage(at),
        });
      }
      await sleep(at - t);
    }
    const t = now();
    state.stamps.push(t);
    state.tat = Math.max(state.tat, t) + interval;
    await save();
  }

  function pauseUntil(until: number): void {
    if (until <= state.pausedUntil) return;
    state.pausedUntil = until;
    void save();
  }

  /** Another device on the same key shows up as a server budget smaller than ours: mirror it. */
  function observe(headers: Headers): void {
    const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
    const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
    if (!Number.isFinite(remaining)) return;
    if (remaining <= 0 && Number.isFinite(reset)) pauseUntil(reset * 1000);
    const t = now();
    const ours = limit - state.stamps.filter((s) => s > t - windowMs - marginMs).length;
    // Phantom sends that leave our window when the server's does (at its reset time).
    const phantomAt = Number.isFinite(reset) ? Math.min(t, reset * 1000 - windowMs - marginMs) : t;
    for (let i = 0; i < ours - remaining; i++) state.stamps.push(phantomAt);
    state.stamps.sort((a, b) => a - b);
  }

  return {
    limit,
    /**
     * Waits for a send slot (callers are served in order). Throws a `rate_limited` error instead of
     * waiting longer than `maxWaitMs`, so an interactive call or a short-lived worker can give up.
     */
    acquire(maxWaitMs = Number.POSITIVE_INFINITY): Promise<void> {
      const turn = chain.then(() => take(maxWaitMs));
      chain = turn.catch(() => undefined);
      return turn;
    },
    /** Reads `X-RateLimit-Remaining/Reset` after every response. */
    observe,
    /** After a 429 (Retry-After) or an exhausted window: no request leaves before `until`. */
    pauseUntil,
    /** For tests and the bench. */
    snapshot(): RateLimiterState {
      return { ...state, stamps: [...state.stamps] };
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
