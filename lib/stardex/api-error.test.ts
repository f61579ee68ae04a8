import { describe, expect, it } from 'vitest';
import { formatRetryAt, mayHaveBeenCreated, rateLimitedMessage, StardexApiError } from './api-error';

describe('formatRetryAt', () => {
  it('gives the time for a retry today and the date for one on another day', () => {
    const now = new Date(2026, 11, 1, 10, 0, 0).getTime();
    expect(formatRetryAt(now + 42_000, now)).toBe('10:00:42');
    expect(formatRetryAt(new Date(2026, 11, 2, 9, 30).getTime(), now)).toBe('Wed 2 Dec, 09:30');
    expect(rateLimitedMessage(now + 86_400_000, now)).toBe(
      'Stardex is rate-limiting; retrying at Wed 2 Dec, 10:00',
    );
  });
});

describe('mayHaveBeenCreated', () => {
  const error = (init: ConstructorParameters<typeof StardexApiError>[0]) => new StardexApiError(init);
  it.each([400, 401, 403, 404, 422, 429])('no after a documented refusal (%i)', (status) => {
    expect(mayHaveBeenCreated(error({ kind: 'validation', message: 'x', status }))).toBe(false);
  });
  it.each([500, 502, 503, 504, 408, 409])('yes after any other answer (%i)', (status) => {
    expect(mayHaveBeenCreated(error({ kind: 'server', message: 'x', status }))).toBe(true);
  });
  it('yes after a timeout or a lost connection, no when nothing was sent', () => {
    expect(mayHaveBeenCreated(error({ kind: 'timeout', message: 'x' }))).toBe(true);
    expect(mayHaveBeenCreated(error({ kind: 'network', message: 'x' }))).toBe(true);
    expect(mayHaveBeenCreated(error({ kind: 'config', message: 'no key' }))).toBe(false);
    expect(
      mayHaveBeenCreated(error({ kind: 'rate_limited', message: 'client', code: 'CLIENT_RATE_LIMIT' })),
    ).toBe(false);
  });
});
