// @vitest-environment happy-dom
/**
 * Every list fixture in tests/fixtures/linkedin/lists (invented people in each list layout) against
 * its whole expected read, at the URL the tab would have: rows in page order, mutual connections,
 * the viewer, asides and promos never listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, parseWithDomParser } from '@/tests/support/fixture-loader';
import { type ListRead, listReadSchema } from './list-schema';
import { readList } from './read-list';

interface ListFixture {
  url: string;
  note: string;
  expected: ListRead;
}

const dir = resolve(fixtureDir, 'lists');
export const listFixtures = readdirSync(dir)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => {
    const spec = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as ListFixture;
    const html = readFileSync(resolve(dir, name.replace(/\.expected\.json$/, '.html')), 'utf8');
    return { name: name.replace(/\.expected\.json$/, ''), spec, html };
  });

describe('readList on the list fixtures', () => {
  it('has a fixture for each list layout', () => {
    expect(listFixtures.map((fixture) => fixture.spec.expected.kind).sort()).toStrictEqual(
      expect.arrayContaining(['people-search', 'sales-list', 'sales-search']),
    );
    expect(listFixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(listFixtures)('$name', ({ spec, html }) => {
    const read = readList(parseWithDomParser(html), spec.url);
    expect(read, spec.note).toStrictEqual(spec.expected);
    expect(listReadSchema.safeParse(read).success).toBe(true);
  });

  it.each(listFixtures)('$name, saved without its URL', ({ spec, html }) => {
    expect(readList(parseWithDomParser(html), null)).toStrictEqual(spec.expected);
  });
});
