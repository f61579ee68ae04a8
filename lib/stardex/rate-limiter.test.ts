import { describe, expect, it } from 'vitest';
import { StardexApiError } from '@/lib/stardex/api-error';
import { createRateLimiter, type RateLimiterState } from '@/lib/stardex/rate-limiter';

/** A virtual clock: `sleep` advances it, so minutes of waiting take no real time. */
function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('createRateLimiter', () => {
  it('never lets more than `limit` requests into any window (+margin)', async () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 60, burst: 60, marginMs: 500, now: c.now, sleep: c.sleep });
    const sent: number[] = [];
    for (let i = 0; i < 150; i++) {
      await limiter.acquire();
      sent.push(c.now());
    }
    for (let i = 60; i < sent.length; i++) {
      expect((sent[i] ?? 0) - (sent[i - 60] ?? 0)).toBeGreaterThanOrEqual(60_500);
    }
  });

  it('paces after the burst at windowMs/limit, keeping the long-run rate at the limit', async () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 60, burst: 5, now: c.now, sleep: c.sleep });
    const start = c.now();
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(c.now()).toBe(start);
    await limiter.acquire();
    expect(c.now() - start).toBe(1000);
    for (let i = 0; i < 114; i++) await limiter.acquire();
    // 120 requests: 5 immediately, then one per second (the sliding-log margin adds at most 1 s).
    expect(c.now() - start).toBeGreaterThanOrEqual(114_000);
    expect(c.now() - start).toBeLessThanOrEqual(117_000);
  });

  it('serves concurrent callers one slot each, in order', async () => {
    const c = clock();
    const limiter = createRateLimiter({
      limit: 2,
      windowMs: 1000,
      marginMs: 0,
      burst: 2,
      now: c.now,
      sleep: c.sleep,
    });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(c.now()).toBe(1_001_000);
  });

  it('fails fast with rate_limited instead of waiting past maxWaitMs', async () => {
    const c = clock();
    const limiter = createRateLimiter({
      limit: 1,
      windowMs: 60_000,
      marginMs: 0,
      now: c.now,
      sleep: c.sleep,
    });
    await limiter.acquire();
    const error = await limiter.acquire(5_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StardexApiError);
    expect(error).toMatchObject({ kind: 'rate_limited', code: 'CLIENT_RATE_LIMIT', retryAfterMs: 60_000 });
    // The failed caller took no slot: the next one still gets one after the window.
    await limiter.acquire();
    expect(c.now()).toBe(1_060_000);
  });

  it('honours Retry-After pauses and an exhausted X-RateLimit-Remaining', async () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 60, now: c.now, sleep: c.sleep });
    limiter.pauseUntil(c.now() + 12_000);
    await limiter.acquire();
    expect(c.now()).toBe(1_012_000);
    limiter.observe(
      new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String((c.now() + 30_000) / 1000) }),
    );
    await limiter.acquire();
    expect(c.now()).toBe(1_042_000);
  });

  it('mirrors a smaller server budget (another device on the same key)', async () => {
    const c = clock();
    const limiter = createRateLimiter({ limit: 10, burst: 10, marginMs: 0, now: c.now, sleep: c.sleep });
    await limiter.acquire();
    limiter.observe(new Headers({ 'x-ratelimit-remaining': '2' }));
    await limiter.acquire();
    await limiter.acquire();
    expect(c.now()).toBe(1_000_000);
    await limiter.acquire();
    expect(c.now()).toBeGreaterThanOrEqual(1_060_000);
  });

  it('restores its window after a worker restart', async () => {
    const c = clock();
    let saved: RateLimiterState | null = null;
    const store = {
      load: async () => saved,
      save: async (s: RateLimiterState) => {
        saved = s;
      },
    };
    const first = createRateLimiter({ limit: 3, burst: 3, marginMs: 0, now: c.now, sleep: c.sleep, store });
    for (let i = 0; i < 3; i++) await first.acquire();
    const second = createRateLimiter({ limit: 3, burst: 3, marginMs: 0, now: c.now, sleep: c.sleep, store });
    await second.acquire();
    expect(c.now()).toBe(1_060_000);
  });
});
