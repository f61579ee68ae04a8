import { describe, expect, it } from 'vitest';
import { listRow } from '@/tests/support/list-rows';
import { checkedList } from './load-list';

describe('checkedList', () => {
  const row = listRow('Inès Marchetti', 'ines-m');

  it('keeps a well-formed list', async () => {
    expect(await checkedList({ kind: 'people-search', rows: [row] })).toEqual({
      kind: 'people-search',
      rows: [row],
    });
  });

  it('reads anything malformed from the page as no rows', async () => {
    expect(await checkedList({ kind: 'people-search', rows: [{ ...row, profileUrl: 'not a url' }] })).toEqual(
      {
        kind: null,
        rows: [],
      },
    );
    expect(await checkedList('<img onerror>')).toEqual({ kind: null, rows: [] });
  });
});
