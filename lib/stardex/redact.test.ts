import { describe, expect, it } from 'vitest';
import { REDACTED, redactDeep, redactText } from './redact';

const KEY = 'sbx_live_9f2c41d7a0b3';

describe('redactText', () => {
  it('removes the saved key wherever it appears, bare or in a header', () => {
    expect(redactText(`bad request for key ${KEY}!`, KEY)).toBe(`bad request for key ${REDACTED}!`);
    expect(redactText(`{"authorization":"Bearer ${KEY}","accept":"application/json"}`, KEY)).not.toContain(
      KEY,
    );
  });

  it('removes any bearer token, even one that is not the saved key', () => {
    const out = redactText('Authorization: Bearer abc.def-123 was refused', KEY);
    expect(out).not.toContain('abc.def-123');
    expect(out).toContain('was refused');
    expect(redactText('bearer XYZ', KEY)).toBe(`Bearer ${REDACTED}`);
  });

  it('leaves ordinary text alone, and a too-short "secret" is not used to cut words', () => {
    expect(redactText('Stardex rejected due_date: invalid date', KEY)).toBe(
      'Stardex rejected due_date: invalid date',
    );
    expect(redactText('a date', 'a')).toBe('a date');
  });
});

describe('redactDeep', () => {
  it('redacts every string of a parsed body and keeps its shape', () => {
    const body = {
      success: false,
      error: {
        code: 'BAD',
        message: `headers: {"authorization":"Bearer ${KEY}"}`,
        details: [{ message: KEY }],
      },
      count: 3,
      ok: null,
    };
    const out = redactDeep(body, KEY);
    expect(JSON.stringify(out)).not.toContain(KEY);
    expect(out).toMatchObject({ success: false, error: { code: 'BAD' }, count: 3, ok: null });
  });
});
