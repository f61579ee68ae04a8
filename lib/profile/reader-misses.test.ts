import { describe, expect, it } from 'vitest';
import type { ReadHealth } from '@/lib/profile/read-report';
import { addReaderMiss, MAX_READER_MISSES, parseReaderMisses } from './reader-misses';

const health: ReadHealth = {
  layout: 'sdui',
  pageKind: 'in-profile',
  page: 'www.linkedin.com/in/<id>/',
  missed: [{ field: 'location', tried: ['sdui-top-card'] }],
};

describe('addReaderMiss', () => {
  it('keeps the newest 20, newest first', () => {
    let list = parseReaderMisses([]);
    for (let i = 0; i < 25; i++) list = addReaderMiss(list, { ...health, page: `p${i}` }, i * 1000);
    expect(list).toHaveLength(MAX_READER_MISSES);
    expect(list[0]?.page).toBe('p24');
    expect(list.at(-1)?.page).toBe('p5');
  });

  it('records nothing for a complete read, and one entry for the same miss within the hour', () => {
    expect(addReaderMiss([], { ...health, missed: [] }, 0)).toStrictEqual([]);
    const once = addReaderMiss([], health, 0);
    expect(addReaderMiss(once, health, 59 * 60_000)).toHaveLength(1);
    expect(addReaderMiss(once, health, 61 * 60_000)).toHaveLength(2);
    expect(addReaderMiss(once, { ...health, missed: [{ field: 'headline', tried: [] }] }, 1)).toHaveLength(2);
  });

  it('drops malformed stored entries, keeps the rest', () => {
    const good = addReaderMiss([], health, 5);
    expect(parseReaderMisses([...good, { at: 'x' }, null])).toStrictEqual(good);
    expect(parseReaderMisses('nonsense')).toStrictEqual([]);
  });
});
