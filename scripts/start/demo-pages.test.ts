/**
 * The demo serves every result list fixture at the URL its expected read names, though several
 * share one path, and its people-search tab is the whole 2026 page of ten.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LinkedInRoutes } from '../../tests/e2e/support/linkedin-routes';
import { DEMO_PAGES, DEMO_SEARCH_URL, demoListPages, serveDemoPages } from './demo-pages';

const fixture = (name: string) => readFileSync(`tests/fixtures/linkedin/${name}`, 'utf8');
const expectedUrl = (name: string) =>
  (JSON.parse(fixture(`lists/${name}.expected.json`)) as { url: string }).url;

describe('serveDemoPages', () => {
  const routes = new LinkedInRoutes();
  serveDemoPages(routes);
  const lists = demoListPages();

  it('finds each list fixture, both people-search layouts, the languages and Sales Navigator', () => {
    expect(lists.map(([, name]) => name)).toEqual(
      expect.arrayContaining([
        'lists/people-search-2024-en.html',
        'lists/people-search-2025-de.html',
        'lists/people-search-2026-sdui-en.html',
        'lists/people-search-2026-sdui-fr.html',
        'lists/sales-list-2025-es.html',
        'lists/sales-search-2026.html',
      ]),
    );
  });

  it.each(lists)('serves %s as %s', (url, name) => {
    expect(routes.pageFor(url) === fixture(name)).toBe(true);
  });

  it('opens the ten-person 2026 page as the people-search tab, and on a bare search address', () => {
    expect(DEMO_PAGES).toContainEqual([DEMO_SEARCH_URL, 'lists/people-search-2026-sdui-en.html']);
    expect(DEMO_SEARCH_URL).toBe(expectedUrl('people-search-2026-sdui-en'));
    const tenPeople = fixture('lists/people-search-2026-sdui-en.html');
    expect(routes.pageFor('https://www.linkedin.com/search/results/people/') === tenPeople).toBe(true);
    expect(routes.pageFor('https://de.linkedin.com/search/results/people/?keywords=x') === tenPeople).toBe(
      true,
    );
  });

  // The short addresses README's demo paragraph names.
  it.each([
    ['https://www.linkedin.com/search/results/people/?origin=GLOBAL_SEARCH_HEADER', 'people-search-2025-de'],
    ['https://www.linkedin.com/search/results/people/?origin=FACETED_SEARCH', 'people-search-2026-sdui-fr'],
    [
      'https://www.linkedin.com/search/results/people/?keywords=%22data%20engineer%22',
      'people-search-2024-en',
    ],
    ['https://www.linkedin.com/sales/search/people', 'sales-search-2026'],
    ['https://www.linkedin.com/sales/lists/people/7261873455102345216', 'sales-list-2025-es'],
  ])('serves %s as %s', (url, name) => {
    expect(routes.pageFor(url) === fixture(`lists/${name}.html`)).toBe(true);
  });

  it('tells searches on one path apart by the parameters an address shares with each', () => {
    const german = fixture('lists/people-search-2025-de.html');
    expect(routes.pageFor(`${expectedUrl('people-search-2025-de')}&page=1`) === german).toBe(true);
    expect(
      routes.pageFor('https://www.linkedin.com/search/results/people/?origin=GLOBAL_SEARCH_HEADER') ===
        german,
    ).toBe(true);
  });
});
