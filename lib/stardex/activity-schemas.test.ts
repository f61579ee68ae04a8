import { describe, expect, it } from 'vitest';
import { activityTypeFrom, activityTypesAnswer } from './activity-schemas';

describe('the activity types list, whatever shape its entries have', () => {
  it('reads {key, name}, plain strings and {value|id, label}; skips what names no type', () => {
    const answer = activityTypesAnswer.parse({
      success: true,
      data: [
        { key: 'linkedin_message', name: 'LinkedIn message' },
        'call_note',
        { value: 'li_invite', label: 'LinkedIn invite' },
        { id: 'custom_1' },
        { name: 'no key' },
        42,
      ],
    });
    expect(answer).toEqual([
      { key: 'linkedin_message', name: 'LinkedIn message' },
      { key: 'call_note', name: 'call_note' },
      { key: 'li_invite', name: 'LinkedIn invite' },
      { key: 'custom_1', name: 'custom_1' },
    ]);
    expect(activityTypeFrom('  ')).toBeNull();
  });
});
