// @vitest-environment happy-dom
/**
 * Every fixture page in the subfolders of tests/fixtures/linkedin (invented people reproducing
 * LinkedIn's real structures: the 2026 SDUI states, the 2026-04 layout without data-view-name,
 * six interface languages, Sales Navigator, the demo's own pages)
 * against the whole result in its `<name>.expected.json`, read at the URL the tab would have.
 * Besides the fields: every non-null field names the strategy that gave it, and nothing else does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, parseWithDomParser } from '@/tests/support/fixture-loader';
import { type Profile, profileFieldNames, type ReadResult } from './profile-schema';
import { readProfile } from './read-profile';

interface FixtureExpectation {
  url: string;
  note: string;
  expected: Omit<Profile, 'sources' | 'layout' | 'missed'> | { kind: 'not-a-profile' };
  /** The layout the page must be read with, when the fixture says. */
  layout?: Profile['layout'];
}

const folders = ['sdui', 'sdui-plain', 'i18n', 'public-i18n', 'sales', 'demo'];
const cases = folders.flatMap((folder) => {
  const dir = resolve(fixtureDir, folder);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.expected.json'));
  } catch {
    return [];
  }
  return names.map((name) => {
    const spec = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as FixtureExpectation;
    const html = readFileSync(resolve(dir, name.replace(/\.expected\.json$/, '.html')), 'utf8');
    return { name: `${folder}/${name.replace(/\.expected\.json$/, '')}`, spec, html };
  });
});

/** The result without what only the reader itself decides (its strategy names and health). */
function fieldsOf(result: ReadResult) {
  if (result.kind !== 'profile') return { kind: result.kind };
  const { sources: _sources, layout: _layout, missed: _missed, ...fields } = result;
  return fields;
}

describe('readProfile on the fixture pages', () => {
  it('has fixtures in every folder', () => {
    for (const folder of folders)
      expect(
        cases.some((c) => c.name.startsWith(`${folder}/`)),
        folder,
      ).toBe(true);
  });

  it.each(cases)('$name', ({ spec, html }) => {
    const result = readProfile(parseWithDomParser(html), spec.url);
    expect(fieldsOf(result), spec.note).toStrictEqual(spec.expected);
    if (result.kind !== 'profile') return;
    const nonNull = profileFieldNames.filter((field) => result[field] !== null);
    expect(Object.keys(result.sources).sort()).toStrictEqual([...nonNull].sort());
    if (spec.layout) expect(result.layout).toBe(spec.layout);
  });
});
