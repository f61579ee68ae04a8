import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/storage/preferences';
import { initialOwnerIds, ownerNote, ownersOnceMeKnown } from './owners';

const ME = '11111111-1111-4111-8111-111111111111';
const BOSS = '22222222-2222-4222-8222-222222222222';
const noLastUsed = { taskType: null, ownerIds: null };
const settings = { ...defaultSettings, meTeamMemberId: ME };

describe('initialOwnerIds', () => {
  it('takes the last used, then the default owners, then me', () => {
    expect(initialOwnerIds(settings, { taskType: null, ownerIds: [BOSS] })).toEqual([BOSS]);
    expect(initialOwnerIds({ ...settings, defaultOwnerIds: [BOSS, ME] }, noLastUsed)).toEqual([BOSS, ME]);
    expect(initialOwnerIds(settings, noLastUsed)).toEqual([ME]);
  });
  it('treats an empty last choice as none, so the recruiter still owns the task', () => {
    expect(initialOwnerIds(settings, { taskType: null, ownerIds: [] })).toEqual([ME]);
  });
  it('starts with no owners while the recruiter is not known', () => {
    expect(initialOwnerIds(defaultSettings, noLastUsed)).toEqual([]);
  });
});

describe('ownersOnceMeKnown', () => {
  it('makes the recruiter the owner when none was chosen, and keeps a choice', () => {
    expect(ownersOnceMeKnown([], ME)).toEqual([ME]);
    expect(ownersOnceMeKnown([BOSS], ME)).toEqual([BOSS]);
  });
});

describe('ownerNote', () => {
  it('asks who the recruiter is only when not known and the team list is there', () => {
    expect(ownerNote([], null, 3)).toBe('ask-me');
    expect(ownerNote([BOSS], null, 3)).toBe('ask-me');
    expect(ownerNote([], null, 0)).toBeNull();
  });
  it('says the recruiter owns the task by default, and nothing once owners were changed', () => {
    expect(ownerNote([ME], ME, 3)).toBe('me-by-default');
    expect(ownerNote([ME, BOSS], ME, 3)).toBeNull();
    expect(ownerNote([], ME, 3)).toBeNull();
  });
});
