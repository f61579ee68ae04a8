/**
 * When a transient failure is retried. Hand-written rather than a retry library on purpose: a
 * retry must survive the service worker being killed and the browser restarting, so the wait is
 * not an in-memory loop but a pure function of the *stored* attempt count, turned into an
 * `alarms` alarm by the outbox. (No retry package is installed either.)
 */
import type { ApiErrorKind } from '@/lib/outbox/outbox-schema';

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter" (half fixed, half random, so retries of many items
 * spread out but never come back sooner than half the step). A 429 waits what Stardex asked
 * (`Retry-After`), plus up to a second of jitter.
 */
export function retryDelayMs(
  attempts: number,
  error: { kind: ApiErrorKind; retryAfterMs: number | null },
  options: BackoffOptions = {},
): number {
  const { baseMs = 2_000, maxMs = 10 * 60_000, random = Math.random } = options;
  if (error.kind === 'rate_limited') {
    return (error.retryAfterMs ?? 60_000) + Math.round(random() * Math.min(1_000, baseMs));
  }
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
