import { describe, expect, it } from 'vitest';
import { listKindOfUrl } from './list-kind';

describe('listKindOfUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/search/results/people/?keywords=data&origin=SWITCH_SEARCH_VERTICAL',
      'people-search',
    ],
    ['https://de.linkedin.com/search/results/people/?keywords=ingenieur', 'people-search'],
    ['https://www.linkedin.com/sales/search/people?query=(keywords%3Adata)&sessionId=abc', 'sales-search'],
    ['https://www.linkedin.com/sales/search/people/list/?savedSearchId=12', 'sales-search'],
    [
      'https://www.linkedin.com/sales/lists/people/7012345678901234567?sortCriteria=CREATED_TIME',
      'sales-list',
    ],
  ])('%s → %s', (url, kind) => {
    expect(listKindOfUrl(url)).toBe(kind);
  });

  it.each([
    'https://www.linkedin.com/search/results/all/?keywords=data',
    'https://www.linkedin.com/search/results/companies/?keywords=data',
    'https://www.linkedin.com/in/amara-okafor/',
    'https://www.linkedin.com/sales/lead/ACwAAB1234567,NAME_SEARCH,x1',
    'https://www.linkedin.com/sales/lists/company/7012345678901234567',
    'https://example.com/search/results/people/',
    'not a url',
  ])('%s → null', (url) => {
    expect(listKindOfUrl(url)).toBeNull();
  });
});
