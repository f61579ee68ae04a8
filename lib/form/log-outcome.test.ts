import { describe, expect, it } from 'vitest';
import { isLogged, logOutcomeWords, logTone } from './log-outcome';

describe('logOutcomeWords', () => {
  it('says each outcome of a log in the recruiter’s words', () => {
    expect(logOutcomeWords({ state: 'idle' })).toBeNull();
    expect(logOutcomeWords({ state: 'created' })).toBe('Logged in Stardex.');
    expect(
      logOutcomeWords({ state: 'queued', reason: 'Stardex had a problem (HTTP 503); retrying at 10:42' }),
    ).toBe(
      'Saved — will be logged when Stardex answers. Stardex had a problem (HTTP 503); retrying at 10:42',
    );
    expect(logOutcomeWords({ state: 'failed', reason: 'API key rejected' })).toBe(
      'Not logged: API key rejected',
    );
  });

  it('counts created and queued as logged, so the button cannot log it again', () => {
    expect(isLogged({ state: 'created' })).toBe(true);
    expect(isLogged({ state: 'queued', reason: '' })).toBe(true);
    expect(isLogged({ state: 'failed', reason: 'x' })).toBe(false);
    expect(logTone({ state: 'failed', reason: 'x' })).toBe('danger');
  });
});
