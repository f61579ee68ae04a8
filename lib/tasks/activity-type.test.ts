import { describe, expect, it } from 'vitest';
import { activityTypeFor, activityWords, sameActivityText } from './activity-type';

describe('the activity type a touch is logged as', () => {
  it('uses Stardex’s standard keys for messages, replies, calls and texts', () => {
    expect(activityTypeFor('linkedin_message', []).type).toBe('linkedin_message');
    expect(activityTypeFor('linkedin_message_response', []).type).toBe('linkedin_message_response');
    expect(activityTypeFor('call', []).type).toBe('call_note');
    expect(activityTypeFor('text', []).type).toBe('text_message');
  });

  it('logs a connection request as the team’s own type when it has one, else as a note that says so', () => {
    const teamTypes = [
      { key: 'meeting_note', name: 'Meeting note' },
      { key: 'li_invite', name: 'LinkedIn connection request' },
    ];
    expect(activityTypeFor('linkedin_connection', teamTypes)).toEqual({ type: 'li_invite', lead: null });
    const fallback = activityTypeFor('linkedin_connection', [{ key: 'meeting_note', name: 'Meeting note' }]);
    expect(fallback.type).toBe('secondary_note');
    expect(fallback.lead).toMatch(/connection request/);
  });
});

describe('comparing a logged text with what the feed gives back', () => {
  it('reads an HTML rendering of the same words as the same text', () => {
    expect(
      sameActivityText(
        '<p>Hi Ada,</p><p>Tom &amp; I would love to talk.</p>',
        'Hi Ada,\nTom & I would love to talk.',
      ),
    ).toBe(true);
    expect(activityWords('a<br/>b&nbsp;c')).toBe('a b c');
  });

  it('tells different words apart', () => {
    expect(sameActivityText('Hi Ada', 'Hi Grace')).toBe(false);
  });
});
