import { describe, expect, it } from 'vitest';
import { notAProfileSchema, profileSchema, readResultSchemaOf } from './profile-schema';

const profile = {
  kind: 'profile',
  pageKind: 'in-profile',
  fullName: 'Noor Haddad',
  firstName: 'Noor',
  lastName: 'Haddad',
  headline: null,
  location: null,
  currentTitle: null,
  currentCompany: null,
  photoUrl: null,
  publicIdentifier: 'noor-haddad-demo',
  profileUrl: 'https://www.linkedin.com/in/noor-haddad-demo/',
  memberUrn: null,
  salesNavLeadId: null,
  recruiterId: null,
  sources: { fullName: 'sdui-top-card' },
  layout: 'sdui',
  missed: [],
};

const check = (value: unknown) => readResultSchemaOf(value).safeParse(value);

describe('readResultSchemaOf (a read result checked by its kind)', () => {
  it('checks a profile as a profile and a miss as a miss', () => {
    expect(readResultSchemaOf(profile)).toBe(profileSchema);
    expect(check(profile)).toStrictEqual({ success: true, data: profile });
    const miss = { kind: 'not-a-profile', reason: 'no name found on the page', extra: 1 };
    expect(readResultSchemaOf(miss)).toBe(notAProfileSchema);
    expect(check(miss)).toStrictEqual({
      success: true,
      data: { kind: 'not-a-profile', reason: miss.reason },
    });
  });

  it('refuses a profile with a bad field rather than reading it as a miss', () => {
    expect(check({ ...profile, fullName: 42, reason: 'made up' }).success).toBe(false);
  });

  it('refuses any other kind and anything that is not an object', () => {
    for (const value of [
      { ...profile, kind: 'list' },
      { reason: 'x' },
      null,
      undefined,
      'profile',
      7,
      [profile],
    ])
      expect(check(value).success, JSON.stringify(value)).toBe(false);
  });
});
