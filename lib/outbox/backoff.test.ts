import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@/lib/outbox/backoff';

const server = { kind: 'server' as const, retryAfterMs: null };

describe('retryDelayMs', () => {
  it('doubles per attempt between half and the whole step', () => {
    expect(retryDelayMs(1, server, { random: () => 0 })).toBe(1_000);
    expect(retryDelayMs(1, server, { random: () => 1 })).toBe(2_000);
    expect(retryDelayMs(3, server, { random: () => 0 })).toBe(4_000);
    expect(retryDelayMs(3, server, { random: () => 1 })).toBe(8_000);
  });

  it('is capped', () => {
    expect(retryDelayMs(40, server, { random: () => 1, maxMs: 60_000 })).toBe(60_000);
  });

  it('spreads retries with jitter', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(4, server)));
    expect(delays.size).toBeGreaterThan(10);
  });

  it('waits at least what a 429 asked for', () => {
    const d = retryDelayMs(1, { kind: 'rate_limited', retryAfterMs: 30_000 }, { random: () => 0.5 });
    expect(d).toBe(30_500);
    expect(retryDelayMs(1, { kind: 'rate_limited', retryAfterMs: null }, { random: () => 0 })).toBe(60_000);
  });
});
