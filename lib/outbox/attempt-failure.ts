/**
 * What a failed attempt means, as a pure function of the error: whether Stardex may have made the
 * item anyway (outcome unknown), when to try again (never, for a documented refusal), the words
 * the recruiter sees, and what the delivery loop does next — go on with other people's items, or
 * stop because the next items would fail the same way.
 */
import { type BackoffOptions, retryDelayMs } from '@/lib/outbox/backoff';
import type { OutboxError, OutboxItem } from '@/lib/outbox/outbox-schema';
import {
  formatRetryAt,
  mayHaveBeenCreated,
  rateLimitedMessage,
  type StardexApiError,
} from '@/lib/stardex/api-error';

/** What an attempt means for the rest of the run (see the module comment). */
export type Outcome = 'go-on' | 'failed-alone' | 'stop';

export interface AttemptFailure {
  /** The create may have reached Stardex: search before sending again. */
  unknown: boolean;
  /** When to try again; null = failed for good (waits for the recruiter). */
  retryAt: number | null;
  stored: OutboxError;
  /** Nothing can be sent without a working key: every waiting item shows why. */
  blocksAll: boolean;
  outcome: Outcome;
}

function retryMessage(error: StardexApiError, retryAt: number, now: number): string {
  const at = formatRetryAt(retryAt, now);
  if (error.kind === 'rate_limited') return rateLimitedMessage(retryAt, now);
  if (error.kind === 'server')
    return `Stardex had a problem (HTTP ${error.status ?? '?'}); retrying at ${at}`;
  if (error.kind === 'timeout') return `Stardex did not answer in time; retrying at ${at}`;
  return `No connection to Stardex; retrying at ${at}`;
}

/** The failure of `item`'s attempt in `phase`, at `now`; `inFlightMs`: how long an attempt may still be on its way. */
export function attemptFailure(
  error: StardexApiError,
  item: OutboxItem,
  phase: 'prepare' | 'create',
  now: number,
  inFlightMs: number,
  backoff?: BackoffOptions,
): AttemptFailure {
  const unknown = phase === 'create' && mayHaveBeenCreated(error);
  const backoffAt = now + retryDelayMs(item.attempts, error, backoff);
  // A timed-out or cut-off request may still be on its way: not before it can no longer be.
  const stillInFlight = unknown && (error.kind === 'timeout' || error.kind === 'network');
  const retryAt = !error.isTransient
    ? null
    : stillInFlight
      ? Math.max(backoffAt, (item.attemptStartedAt ?? now) + inFlightMs)
      : backoffAt;
  const stored: OutboxError = {
    ...error.toData(),
    message: retryAt === null ? error.message : retryMessage(error, retryAt, now),
  };
  const blocksAll = error.kind === 'unauthorized' || error.kind === 'config';
  // A rate limit or no connection holds for every item; a 5xx or a timeout may be this one's.
  const holdsForAll = blocksAll || error.kind === 'rate_limited' || error.kind === 'network';
  const outcome: Outcome = holdsForAll ? 'stop' : error.isTransient ? 'failed-alone' : 'go-on';
  return { unknown, retryAt, stored, blocksAll, outcome };
}
