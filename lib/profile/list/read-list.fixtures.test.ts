// @vitest-environment happy-dom
/**
 * Every list fixture in tests/fixtures/linkedin/lists (invented people in each list layout) against
 * its whole expected read, at the URL the tab would have: rows in page order, mutual connections,
 * the viewer, asides and promos never listed.
 */
import { describe, expect, it } from 'vitest';
import { parseWithDomParser, parseWithLinkedom } from '@/tests/support/fixture-loader';
import { loadListFixtures } from '@/tests/support/list-fixtures';
import { listReadSchema } from './list-schema';
import { readList } from './read-list';

const fixtures = loadListFixtures();

describe('readList on the list fixtures', () => {
  it('has a fixture for each list layout', () => {
    const kinds = new Set(fixtures.map((fixture) => fixture.expected.kind));
    expect([...kinds].sort()).toStrictEqual(['people-search', 'sales-list', 'sales-search']);
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures)('$name', ({ url, note, expected, html }) => {
    const read = readList(parseWithDomParser(html), url);
    expect(read, note).toStrictEqual(expected);
    expect(listReadSchema.safeParse(read).success).toBe(true);
  });

  it.each(fixtures)('$name, saved without its URL', ({ expected, html }) => {
    expect(readList(parseWithDomParser(html), null)).toStrictEqual(expected);
  });

  it.each(fixtures)('$name, parsed with linkedom as the CLI would', ({ url, expected, html }) => {
    expect(readList(parseWithLinkedom(html), url)).toStrictEqual(expected);
  });
});
