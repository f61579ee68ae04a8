import { describe, expect, it } from 'vitest';
import {
  chooseStart,
  hasLinkedInSession,
  SIGN_IN_LINE,
  SIGNED_OUT_LINE,
  UNREACHABLE_LINE,
} from './start-mode';

const online = { demo: false, linkedIn: false, reachable: true, signedIn: true };

describe('chooseStart', () => {
  it('opens LinkedIn when it answers and the profile is signed in', () => {
    expect(chooseStart(online)).toStrictEqual({ kind: 'linkedin', why: null });
  });

  it('falls back to the demo, saying so, when LinkedIn cannot be reached (even with --linkedin)', () => {
    expect(chooseStart({ ...online, reachable: false })).toStrictEqual({
      kind: 'demo',
      why: UNREACHABLE_LINE,
    });
    expect(chooseStart({ ...online, reachable: false, linkedIn: true })).toStrictEqual({
      kind: 'demo',
      why: UNREACHABLE_LINE,
    });
    expect(UNREACHABLE_LINE).toContain('npm run demo');
  });

  it('falls back to the demo without a LinkedIn session, and says how to sign in', () => {
    expect(chooseStart({ ...online, signedIn: false })).toStrictEqual({ kind: 'demo', why: SIGNED_OUT_LINE });
    expect(SIGNED_OUT_LINE).toContain('npm start -- --linkedin');
  });

  it('opens LinkedIn to sign in when asked with --linkedin', () => {
    expect(chooseStart({ ...online, signedIn: false, linkedIn: true })).toStrictEqual({
      kind: 'linkedin',
      why: SIGN_IN_LINE,
    });
  });

  it('runs the demo when asked, without a reason line', () => {
    expect(chooseStart({ ...online, demo: true })).toStrictEqual({ kind: 'demo', why: null });
  });
});

describe('hasLinkedInSession', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  const li_at = { name: 'li_at', domain: '.www.linkedin.com', expires: now / 1000 + 3600 };

  it('is the li_at cookie of linkedin.com, unexpired or a session cookie', () => {
    expect(hasLinkedInSession([li_at], now)).toBe(true);
    expect(hasLinkedInSession([{ ...li_at, expires: -1 }], now)).toBe(true);
  });

  it('is not another cookie, another site, or an expired one', () => {
    expect(hasLinkedInSession([{ ...li_at, name: 'bcookie' }], now)).toBe(false);
    expect(hasLinkedInSession([{ ...li_at, domain: '.notlinkedin.com' }], now)).toBe(false);
    expect(hasLinkedInSession([{ ...li_at, expires: now / 1000 - 1 }], now)).toBe(false);
    expect(hasLinkedInSession([], now)).toBe(false);
  });
});
