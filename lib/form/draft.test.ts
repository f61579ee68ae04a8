import { describe, expect, it } from 'vitest';
import { DRAFT_MAX_AGE_MS, DRAFT_MAX_COUNT, type Draft, draftKey, parseDrafts, putDraft } from './draft';

const draft = (updatedAt: number, contentText = 'Ping'): Draft => ({
  taskType: 'linkedin_message',
  contentText,
  clipped: false,
  clientId: null,
  textEdited: true,
  dueText: 'Tomorrow',
  dueIso: '2026-11-29T17:00:00.000Z',
  ownerIds: [],
  job: null,
  deal: null,
  client: null,
  personName: null,
  updatedAt,
});

describe('draftKey', () => {
  it('is the same for every form of one profile URL', () => {
    const key = draftKey('https://www.linkedin.com/in/ada-l/');
    expect(draftKey('https://de.linkedin.com/in/Ada-L?trk=x')).toBe(key);
    expect(draftKey('https://www.linkedin.com/in/ada-l/details/experience/')).toBe(key);
    expect(draftKey('https://www.linkedin.com/in/grace-h/')).not.toBe(key);
  });

  it('keys non-/in/ URLs by host and path', () => {
    expect(draftKey('https://www.linkedin.com/sales/lead/ACwAA,NAME/')).toBe(
      draftKey('https://www.linkedin.com/sales/lead/ACwAA,NAME'),
    );
  });
});

describe('parseDrafts', () => {
  it('keeps valid drafts and drops corrupt ones', () => {
    const parsed = parseDrafts({ a: draft(1), b: { taskType: 'fax' }, c: 'nope' });
    expect(Object.keys(parsed)).toEqual(['a']);
    expect(parseDrafts(null)).toEqual({});
    expect(parseDrafts('x')).toEqual({});
  });
});

describe('putDraft', () => {
  it('stores and removes a draft', () => {
    const now = 10_000;
    const withA = putDraft({}, 'a', draft(now), now);
    expect(withA.a?.contentText).toBe('Ping');
    expect(putDraft(withA, 'a', null, now)).toEqual({});
  });

  it('drops drafts older than the max age', () => {
    const now = DRAFT_MAX_AGE_MS + 5_000;
    const drafts = putDraft({ old: draft(1_000), fresh: draft(now - 10) }, 'new', draft(now), now);
    expect(Object.keys(drafts).sort()).toEqual(['fresh', 'new']);
  });

  it('keeps only the newest drafts', () => {
    const many = Object.fromEntries(
      Array.from({ length: DRAFT_MAX_COUNT + 5 }, (_, i) => [`k${i}`, draft(1_000 + i)]),
    );
    const kept = putDraft(many, 'latest', draft(9_999), 10_000);
    expect(Object.keys(kept)).toHaveLength(DRAFT_MAX_COUNT);
    expect(kept.latest).toBeDefined();
    expect(kept.k0).toBeUndefined();
  });
});

describe('drafts over the text limit', () => {
  it('are cut to the limit and marked, never dropped', () => {
    const long = 'x'.repeat(25_000);
    const parsed = parseDrafts({ k: draft(Date.now(), long) });
    expect(parsed.k?.contentText).toHaveLength(10_000);
    expect(parsed.k?.clipped).toBe(true);
  });
});
