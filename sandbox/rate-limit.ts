/**
 * Sliding-window rate limiter, per API key (docs/stardex-api.md §1.4: 60 requests/minute/key, sliding
 * window). Only admitted requests are recorded, so a rejected (429) request does not extend the wait.
 */

export const RATE_WINDOW_MS = 60_000;

/** What a request learns from the limiter; the numbers feed the X-RateLimit-* headers and 429 body. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the oldest counted request leaves the window (a slot frees up). */
  resetAt: number;
  /** Whole seconds to wait before retrying (≥1); only meaningful when not allowed. */
  retryAfterSeconds: number;
}

/** Counts requests per key over the last RATE_WINDOW_MS milliseconds. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    public limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a request for `key` if the window has room, and reports the resulting state. */
  consume(key: string): RateDecision {
    const now = this.now();
    const recent = this.prune(key, now);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.hits.set(key, recent);
    const oldest = recent[0] ?? now;
    const freeAtMs = oldest + RATE_WINDOW_MS;
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - recent.length),
      resetAt: Math.ceil(freeAtMs / 1000),
      retryAfterSeconds: Math.max(1, Math.ceil((freeAtMs - now) / 1000)),
    };
  }

  /** Forgets every window (admin reset). */
  clear(): void {
    this.hits.clear();
  }

  private prune(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - RATE_WINDOW_MS);
  }
}

/** The headers Stardex documents on every response. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
    'X-RateLimit-Reset': String(decision.resetAt),
  };
}
