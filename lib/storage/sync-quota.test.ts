import { describe, expect, it } from 'vitest';
import { checkSyncWrite, SYNC_QUOTA, syncItemBytes, toSyncQuotaError } from './sync-quota';

describe('syncItemBytes', () => {
  it('counts the key and the JSON in UTF-8 bytes', () => {
    expect(syncItemBytes('k', 'ab')).toBe(1 + 4); // "ab" with quotes
    expect(syncItemBytes('k', 'é')).toBe(1 + 4); // 2-byte character + quotes
    expect(syncItemBytes('k', '日本')).toBe(1 + 8);
    expect(syncItemBytes('k', 'a\nb')).toBe(1 + 6); // newline escaped as \n
  });
});

describe('checkSyncWrite', () => {
  it('accepts a normal template set', () => {
    const templates = { linkedin_message: 'Hi {first_name}', call: 'Call {full_name}' };
    expect(checkSyncWrite('templates', templates, { settings: { a: 1 } })).toBeNull();
  });

  it('names the overflow when one item exceeds 8 KB (non-Latin text is 3 bytes a character)', () => {
    const templates = {
      linkedin_message: '日'.repeat(1000),
      linkedin_connection: '日'.repeat(1000),
      call: '日'.repeat(1000),
    };
    const problem = checkSyncWrite('templates', templates, {}, 'templates');
    expect(problem?.kind).toBe('item_too_large');
    expect(problem?.limit).toBe(SYNC_QUOTA.bytesPerItem);
    expect(problem?.bytes).toBe(syncItemBytes('templates', templates));
    expect(problem?.message).toMatch(/templates take 8\.\d KB, more than the 8\.0 KB browser sync allows/);
  });

  it('accepts an item of exactly 8 KB and refuses one byte more', () => {
    const base = syncItemBytes('t', '');
    expect(checkSyncWrite('t', 'a'.repeat(SYNC_QUOTA.bytesPerItem - base), {})).toBeNull();
    expect(checkSyncWrite('t', 'a'.repeat(SYNC_QUOTA.bytesPerItem - base + 1), {})?.kind).toBe(
      'item_too_large',
    );
  });

  it('counts the other items towards the 100 KB total, but not the old value of the same key', () => {
    const other: Record<string, string> = {};
    for (let i = 0; i < 12; i++) other[`other${i}`] = 'x'.repeat(8_000); // ≈ 96.1 KB
    expect(checkSyncWrite('templates', 'y'.repeat(1_000), other)).toBeNull();
    const problem = checkSyncWrite('templates', 'y'.repeat(7_000), other);
    expect(problem?.kind).toBe('area_full');
    expect(checkSyncWrite('other0', 'y'.repeat(7_000), other)).toBeNull();
  });

  it('refuses a 513th item', () => {
    const many = Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, 1]));
    expect(checkSyncWrite('new', 1, many)?.kind).toBe('too_many_items');
    expect(checkSyncWrite('k0', 2, many)).toBeNull();
  });
});

describe('toSyncQuotaError', () => {
  it('recognises the browser quota messages and ignores others', () => {
    expect(toSyncQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'), 'templates')?.message).toMatch(
      /do not fit/,
    );
    expect(
      toSyncQuotaError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'), 'x')?.message,
    ).toMatch(/Too many changes/);
    expect(toSyncQuotaError(new Error('Network down'), 'x')).toBeNull();
  });
});
