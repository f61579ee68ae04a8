import { describe, expect, it } from 'vitest';
import { checkLinkedInLength, linkedInKindOf } from './linkedin-limits';

describe('checkLinkedInLength', () => {
  it('a connection note is fine to 200, tight for free accounts to 300, over past 300', () => {
    expect(checkLinkedInLength('linkedin_connection', 'x'.repeat(200))).toMatchObject({
      state: 'ok',
      count: 200,
    });
    const tight = checkLinkedInLength('linkedin_connection', 'x'.repeat(201));
    expect(tight).toMatchObject({ state: 'tight', max: 300 });
    expect(tight.message).toContain('free accounts get only 200');
    const over = checkLinkedInLength('linkedin_connection', 'x'.repeat(305));
    expect(over).toMatchObject({ state: 'over', count: 305 });
    expect(over.message).toContain('Cut 5 before you copy');
  });

  it('a message may be far longer than a note', () => {
    expect(checkLinkedInLength('linkedin_message', 'x'.repeat(8000)).state).toBe('ok');
    expect(checkLinkedInLength('linkedin_message', 'x'.repeat(8001)).state).toBe('over');
  });

  it('counts as the composer does: an emoji outside the BMP takes two', () => {
    expect(checkLinkedInLength('linkedin_connection', '👋').count).toBe(2);
  });

  it('only LinkedIn tasks have a LinkedIn text', () => {
    expect(linkedInKindOf('linkedin_connection')).toBe('linkedin_connection');
    expect(linkedInKindOf('linkedin_message')).toBe('linkedin_message');
    expect(linkedInKindOf('call')).toBeNull();
  });
});
