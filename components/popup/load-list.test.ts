import { describe, expect, it } from 'vitest';
import { checkedList } from './load-list';

describe('checkedList', () => {
  const row = {
    name: 'Inès Marchetti',
    profileUrl: 'https://www.linkedin.com/in/ines-m/',
    publicIdentifier: 'ines-m',
    salesNavLeadId: null,
    headline: null,
    location: null,
    currentRole: null,
    currentTitle: null,
    currentCompany: null,
    missingProfileUrl: null,
  };

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
