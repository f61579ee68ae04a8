import { describe, expect, it } from 'vitest';
import { fakeProfile } from '@/tests/support/test-probe';
import { topCardSignature } from './page-snapshot';

describe('topCardSignature', () => {
  it('fingerprints only what the reader took from the rendered top card', () => {
    const fromCard = fakeProfile({
      fullName: 'Ada Example',
      headline: 'Engineer',
      memberUrn: 'urn:li:member:1',
      sources: { fullName: 'top-card', headline: 'top-card', memberUrn: 'voyager-json' },
    });
    const sameCardOtherJson = { ...fromCard, memberUrn: 'urn:li:member:2' };
    expect(topCardSignature(fromCard)).not.toBeNull();
    // Voyager JSON can still describe the previous profile: it must not change the card's fingerprint.
    expect(topCardSignature(sameCardOtherJson)).toBe(topCardSignature(fromCard));
    expect(topCardSignature({ ...fromCard, headline: 'Designer' })).not.toBe(topCardSignature(fromCard));
  });

  it('has no fingerprint when the name came from elsewhere (title, URL) or there is no profile', () => {
    expect(
      topCardSignature(fakeProfile({ fullName: 'Ada Example', sources: { fullName: 'title' } })),
    ).toBeNull();
    expect(topCardSignature({ kind: 'not-a-profile', reason: 'x' })).toBeNull();
  });
});
