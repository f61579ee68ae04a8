import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/profile/profile-schema';
import { personFromManualEntry, personFromProfile } from './person';

const profile: Profile = {
  kind: 'profile',
  pageKind: 'in-profile',
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  headline: 'Analyst',
  location: null,
  currentTitle: null,
  currentCompany: null,
  photoUrl: null,
  publicIdentifier: 'ada-l',
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
  memberUrn: null,
  salesNavLeadId: null,
  recruiterId: null,
  sources: {},
  layout: 'signed-in',
  missed: [],
};

describe('personFromProfile', () => {
  it('keeps what the background needs and the photo', () => {
    expect(personFromProfile(profile)).toMatchObject({
      profileUrl: profile.profileUrl,
      fullName: 'Ada Lovelace',
      headline: 'Analyst',
      photoUrl: null,
    });
  });

  it('is null when the page gave no profile URL', () => {
    expect(personFromProfile({ ...profile, profileUrl: null })).toBeNull();
  });
});

describe('personFromManualEntry', () => {
  it('normalises the URL and the name', () => {
    const result = personFromManualEntry(' linkedin.com/in/Ada-L?x=1 ', '  Ada   Lovelace ');
    expect(result).toMatchObject({
      ok: true,
      person: { profileUrl: 'https://www.linkedin.com/in/ada-l/', fullName: 'Ada Lovelace' },
    });
  });

  it('says which field is wrong', () => {
    expect(personFromManualEntry('https://example.com/ada', 'Ada')).toMatchObject({
      ok: false,
      field: 'url',
    });
    expect(personFromManualEntry('linkedin.com/in/ada-l', '  ')).toMatchObject({ ok: false, field: 'name' });
  });
});

describe('clampPerson', () => {
  it('cuts every field to what the message schema accepts, never inside an emoji', async () => {
    const { clampPerson } = await import('./person');
    const { personRefSchema } = await import('@/lib/tasks/task-schema');
    const long = {
      profileUrl: 'https://www.linkedin.com/in/ada-l/',
      fullName: `Ada ${'L'.repeat(400)}`,
      firstName: null,
      lastName: null,
      headline: `${'Builder 🚀 '.repeat(150)}`, // ~1,500 characters, emoji on the cut
      currentTitle: 'T'.repeat(600),
      currentCompany: 'C'.repeat(501),
      location: 'Berlin',
    };
    const clamped = clampPerson(long);
    expect(personRefSchema().safeParse(clamped).success).toBe(true);
    expect(clamped.headline?.length).toBeLessThanOrEqual(1000);
    expect(clamped.headline).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(clamped.location).toBe('Berlin');
    expect(clamped.fullName).toHaveLength(300);
  });
});
