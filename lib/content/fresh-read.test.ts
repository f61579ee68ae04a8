import { describe, expect, it } from 'vitest';
import { fakeProfile } from '@/tests/support/test-probe';
import { isFreshRead, profileKeyOf, urlIdentity } from './fresh-read';

const ada = fakeProfile({ fullName: 'Ada Example', publicIdentifier: 'ada-example' });

describe('profileKeyOf', () => {
  it('gives one key for every form of the same /in/ profile', () => {
    const key = profileKeyOf('https://www.linkedin.com/in/ada-example/');
    expect(key).toBe('https://www.linkedin.com/in/ada-example/');
    expect(profileKeyOf('https://de.linkedin.com/in/Ada-Example/details/experience/?x=1#top')).toBe(key);
  });

  it('keys Sales Navigator and Recruiter pages by their ids, and nothing else', () => {
    expect(profileKeyOf('https://www.linkedin.com/sales/lead/ACwAAAbcdef123,NAME_SEARCH,xyz')).toBe(
      'sales-nav-lead:ACwAAAbcdef123',
    );
    expect(profileKeyOf('https://www.linkedin.com/talent/hire/1/manage/all/profile/AEMAAAxyz987')).toBe(
      'recruiter-profile:AEMAAAxyz987',
    );
    expect(profileKeyOf('https://www.linkedin.com/feed/')).toBeNull();
    expect(profileKeyOf('https://www.linkedin.com/company/example/')).toBeNull();
  });

  it('keys people search as one page, since its lead panel shows whichever lead was clicked', () => {
    expect(profileKeyOf('https://www.linkedin.com/sales/search/people?query=(x)&sessionId=1')).toBe(
      'sales-nav-search',
    );
    expect(profileKeyOf('https://www.linkedin.com/sales/search/company?query=(x)')).toBeNull();
  });
});

describe('urlIdentity', () => {
  it('takes the vanity name of /in/ URLs but not opaque member ids', () => {
    expect(urlIdentity('https://www.linkedin.com/in/Ada-Example/')).toEqual({
      field: 'publicIdentifier',
      value: 'ada-example',
    });
    expect(urlIdentity('https://www.linkedin.com/in/ACoAAB1234567890abcdefghijklmnop/')).toBeNull();
  });
});

describe('isFreshRead', () => {
  const url = 'https://www.linkedin.com/in/ada-example/';
  const key = profileKeyOf(url);
  const stale = { key: 'https://www.linkedin.com/in/bob-sample/', signature: 'bob-card' };

  it('accepts a profile whose identifier matches the URL', () => {
    expect(isFreshRead({ result: ada, signature: 'ada-card' }, url, key, null)).toBe(true);
  });

  it('rejects a not-a-profile read', () => {
    const result = { kind: 'not-a-profile' as const, reason: 'x' };
    expect(isFreshRead({ result, signature: null }, url, key, null)).toBe(false);
  });

  it('rejects the top card of the profile the user just left', () => {
    const bobRead = fakeProfile({ fullName: 'Bob Sample' });
    expect(isFreshRead({ result: bobRead, signature: 'bob-card' }, url, key, stale)).toBe(false);
    expect(isFreshRead({ result: bobRead, signature: 'other-card' }, url, key, stale)).toBe(true);
  });

  it('rejects a profile read with no card rendered while an old card is remembered', () => {
    expect(isFreshRead({ result: ada, signature: null }, url, key, stale)).toBe(false);
    expect(isFreshRead({ result: ada, signature: null }, url, key, null)).toBe(true);
  });

  it('ignores the remembered card when the user came back to that same profile', () => {
    const back = { key, signature: 'ada-card' } as { key: string; signature: string };
    expect(isFreshRead({ result: ada, signature: 'ada-card' }, url, key, back)).toBe(true);
  });

  it('rejects a read whose identifier names someone else', () => {
    const bob = fakeProfile({ fullName: 'Bob Sample', publicIdentifier: 'bob-sample' });
    expect(isFreshRead({ result: bob, signature: 'new-card' }, url, key, null)).toBe(false);
  });

  it('after a card left unread, accepts only a card that shows the URL member’s id itself', () => {
    const unread = { key: 'https://www.linkedin.com/in/bob-sample/', signature: null };
    const fromCard = fakeProfile({
      fullName: 'Ada Example',
      publicIdentifier: 'ada-example',
      sources: { fullName: 'sdui-top-card', publicIdentifier: 'sdui-top-card' },
    });
    const fromUrl = fakeProfile({
      fullName: 'Bob Sample', // the old card, whose id the reader could not see: the URL filled it in
      publicIdentifier: 'ada-example',
      sources: { fullName: 'sdui-top-card', publicIdentifier: 'url' },
    });
    expect(isFreshRead({ result: fromCard, signature: 'ada-card' }, url, key, unread)).toBe(true);
    expect(isFreshRead({ result: fromUrl, signature: 'bob-card' }, url, key, unread)).toBe(false);
  });
});
