import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit';
import { startTestSandbox } from './test-support';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');

describe('SlidingWindowLimiter', () => {
  it('frees one slot when the oldest request leaves the 60 s window', () => {
    let now = T0;
    const limiter = new SlidingWindowLimiter(2, () => now);
    expect(limiter.consume('k').remaining).toBe(1);
    now += 30_000;
    expect(limiter.consume('k').remaining).toBe(0);
    now += 10_000;
    const rejected = limiter.consume('k');
    expect(rejected).toMatchObject({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 20,
      resetAt: (T0 + 60_000) / 1000,
    });
    now = T0 + 60_000; // the first request is exactly 60 s old: out of the window
    expect(limiter.consume('k')).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.consume('k').allowed).toBe(false);
  });

  it('rounds Retry-After up and never below 1 s', () => {
    let now = T0;
    const limiter = new SlidingWindowLimiter(1, () => now);
    limiter.consume('k');
    now += 59_999;
    expect(limiter.consume('k').retryAfterSeconds).toBe(1);
    now = T0 + 500;
    expect(limiter.consume('k').retryAfterSeconds).toBe(60);
  });
});

describe('rate limiting over HTTP', () => {
  it('sends X-RateLimit-* on every /v1 response and 429 with Retry-After past the limit', async () => {
    let now = T0;
    const sbx = await startTestSandbox({ rateLimitPerMinute: 5, now: () => now });
    for (let i = 1; i <= 5; i++) {
      const res = await sbx.post('/v1/tasks/search', { limit: 1 });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('5');
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(5 - i));
      expect(res.headers.get('x-ratelimit-reset')).toBe(String((T0 + 60_000) / 1000));
      now += 1_000;
    }
    const limited = await sbx.post('/v1/tasks/search', { limit: 1 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('55');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.json).toStrictEqual({
      success: false,
      error: {
        code: 'RATE_LIMIT_EXCEEDED',
        message: expect.any(String),
        retry_after_seconds: 55,
        limit: 5,
        reset_at: (T0 + 60_000) / 1000,
      },
    });
  });

  it('does not count rejected requests, and slides: one slot frees per expired request', async () => {
    let now = T0;
    const sbx = await startTestSandbox({ rateLimitPerMinute: 5, now: () => now });
    for (let i = 0; i < 5; i++) {
      await sbx.post('/v1/tasks/search');
      now += 10_000; // requests at 0, 10, 20, 30, 40 s
    }
    for (let i = 0; i < 3; i++) expect((await sbx.post('/v1/tasks/search')).status).toBe(429); // at 50 s
    now = T0 + 60_000; // the request at 0 s has left the window; the 429s never entered it
    const admitted = await sbx.post('/v1/tasks/search');
    expect(admitted.status).toBe(200);
    expect(admitted.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(admitted.headers.get('x-ratelimit-reset')).toBe(String((T0 + 70_000) / 1000));
    const again = await sbx.post('/v1/tasks/search');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('10');
  });

  it('keeps an independent window per key', async () => {
    const sbx = await startTestSandbox({ rateLimitPerMinute: 2 });
    await sbx.call('POST', '/__admin/keys', { key: 'second_key' }, { key: null });
    await sbx.post('/v1/tasks/search');
    await sbx.post('/v1/tasks/search');
    expect((await sbx.post('/v1/tasks/search')).status).toBe(429);
    const other = await sbx.post('/v1/tasks/search', {}, { key: 'second_key' });
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('1');
  });

  it('puts the headers on 401s too, and leaves admin routes unlimited', async () => {
    const sbx = await startTestSandbox({ rateLimitPerMinute: 1 });
    const unauthorized = await sbx.post('/v1/tasks/search', {}, { key: 'nope' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('x-ratelimit-limit')).toBe('1');
    for (let i = 0; i < 3; i++) {
      const admin = await sbx.get('/__admin/state', { key: null });
      expect(admin.status).toBe(200);
      expect(admin.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });

  it('admin reset clears the windows and can change the limit', async () => {
    const sbx = await startTestSandbox({ rateLimitPerMinute: 1 });
    await sbx.post('/v1/tasks/search');
    expect((await sbx.post('/v1/tasks/search')).status).toBe(429);
    await sbx.call('POST', '/__admin/reset', { rateLimitPerMinute: 3 }, { key: null });
    const res = await sbx.post('/v1/tasks/search');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('3');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('2');
  });
});
