import { describe, expect, it } from 'vitest';
import { newItem } from '@/lib/outbox/outbox-state';
import { StardexApiError } from '@/lib/stardex/api-error';
import { submission } from '@/tests/support/outbox-test-kit';
import { attemptFailure } from './attempt-failure';

const NOW = Date.UTC(2026, 11, 7, 10);
const item = { ...newItem(submission(1), NOW - 1000), attempts: 1, attemptStartedAt: NOW - 500 };
const error = (kind: StardexApiError['kind'], status?: number) =>
  new StardexApiError({ kind, status, message: `${kind} happened` });

describe('what a failed attempt means', () => {
  it('a documented refusal fails for good, names itself, and lets the others go on', () => {
    const failure = attemptFailure(error('forbidden', 403), item, 'create', NOW, 25_000);
    expect(failure).toMatchObject({ unknown: false, retryAt: null, blocksAll: false, outcome: 'go-on' });
    expect(failure.stored.message).toBe('forbidden happened');
  });

  it('a 5xx at create may have made it: retried later, searched first, and only this person waits', () => {
    const failure = attemptFailure(error('server', 503), item, 'create', NOW, 25_000);
    expect(failure).toMatchObject({ unknown: true, outcome: 'failed-alone' });
    expect(failure.retryAt).toBeGreaterThan(NOW);
    expect(failure.stored.message).toMatch(/^Stardex had a problem \(HTTP 503\); retrying at /);
  });

  it('a cut-off create waits until it can no longer be on its way', () => {
    const failure = attemptFailure(error('network'), item, 'create', NOW, 25_000);
    expect(failure.retryAt).toBeGreaterThanOrEqual(NOW - 500 + 25_000);
    expect(failure.outcome).toBe('stop');
  });

  it('a rate limit stops the run; a key problem stops it and holds every waiting item', () => {
    expect(attemptFailure(error('rate_limited', 429), item, 'prepare', NOW, 25_000).outcome).toBe('stop');
    const key = attemptFailure(error('unauthorized', 401), item, 'prepare', NOW, 25_000);
    expect(key).toMatchObject({ blocksAll: true, outcome: 'stop', unknown: false, retryAt: null });
  });
});
