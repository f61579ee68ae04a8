import { describe, expect, it } from 'vitest';
import { workedLine } from './worked-line';

describe('the worked line', () => {
  it('says when the touch was logged today, in the recruiter’s locale, and that Stardex still lists the task', () => {
    const now = new Date(2026, 10, 28, 16, 0);
    expect(workedLine(new Date(2026, 10, 28, 14, 5).getTime(), now, 'en-GB')).toBe(
      'Done · logged 14:05 — Stardex still lists it as open',
    );
  });

  it('names the day when it was not today', () => {
    const now = new Date(2026, 10, 28, 16, 0);
    expect(workedLine(new Date(2026, 10, 25, 9, 30).getTime(), now, 'en-GB')).toBe(
      'Done · logged Wed 25 Nov, 09:30 — Stardex still lists it as open',
    );
  });
});
