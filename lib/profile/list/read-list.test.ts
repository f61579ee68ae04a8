// @vitest-environment happy-dom
/**
 * What the list reader does when LinkedIn drops a hook: the fixtures read the same by structure
 * alone, a hidden member's card never takes a mutual connection for the person, and pages that
 * are no result list give no rows.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import { loadListFixtures } from '@/tests/support/list-fixtures';
import { readList } from './read-list';

const fixtures = loadListFixtures();
const fixture = (name: string) => {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no list fixture ${name}`);
  return found;
};

/** The page without the people-search hooks: card attributes and entity-result classes. */
function withoutPeopleHooks(html: string): Document {
  const page = parseWithDomParser(html);
  for (const element of Array.from(page.querySelectorAll('*'))) {
    for (const name of ['data-chameleon-result-urn', 'data-view-name', 'data-test-app-aware-link'])
      element.removeAttribute(name);
    for (const name of Array.from(element.classList))
      if (/^(entity-result|reusable-search)/.test(name)) element.classList.remove(name);
  }
  return page;
}

const page = (body: string) => parseWithDomParser(`<!DOCTYPE html><html><body>${body}</body></html>`);
const searchUrl = 'https://www.linkedin.com/search/results/people/?keywords=data';

describe('readList without the hooks', () => {
  it.each(['people-search-2025-de', 'people-search-2026-sdui-fr', 'people-search-2026-sdui-en'])(
    '%s reads the same by structure',
    (name) => {
      const { url, expected, html } = fixture(name);
      expect(readList(withoutPeopleHooks(html), url)).toStrictEqual(expected);
    },
  );

  it('2024 reads the same, but for the hidden member whose card has no link to tell it from a promo', () => {
    const { url, expected, html } = fixture('people-search-2024-en');
    const linked = expected.rows.filter((row) => row.name !== 'LinkedIn Member');
    expect(linked).toHaveLength(expected.rows.length - 1);
    expect(readList(withoutPeopleHooks(html), url)).toStrictEqual({ ...expected, rows: linked });
  });

  it.each(['people-search-2026-sdui-fr', 'people-search-2026-sdui-en'])(
    '%s reads the same with the results in bare divs and a suggestions list inside main',
    (name) => {
      const { url, expected, html } = fixture(name);
      const unhooked = parseWithDomParser(html);
      for (const element of Array.from(unhooked.querySelectorAll('[role="list"], [role="listitem"]')))
        element.removeAttribute('role');
      const suggestions = unhooked.querySelector('section');
      if (!suggestions) throw new Error('the fixture has no suggestions column');
      unhooked.querySelector('main')?.append(suggestions);
      expect(readList(unhooked, url)).toStrictEqual(expected);
    },
  );

  it('Sales Navigator search rows are found around each lead name outside the panel and asides', () => {
    const { url, expected, html } = fixture('sales-search-2026');
    const unhooked = parseWithDomParser(html);
    for (const row of Array.from(unhooked.querySelectorAll('[data-x-search-result]')))
      row.removeAttribute('data-x-search-result');
    expect(readList(unhooked, url)).toStrictEqual(expected);
  });
});

describe('readList on small pages', () => {
  // A hidden member without a link of their own reads by the hooks only (a promo looks the same).
  it('never takes a mutual connection for a hidden member', () => {
    const read = readList(
      page(`<main><ul>
        <li><a href="/in/ada-obi/"><img alt=""></a><p><a href="/in/ada-obi/">Ada Obi</a></p><p>Engineer</p>
          <div><a href="/in/tal-ben-ami/">Tal Ben-Ami</a> is a mutual connection</div></li>
        <li><p><a href="/search/results/people/headless?keywords=x">LinkedIn Member</a></p><p>Engineer</p><p>Oslo</p>
          <div><a href="/in/tal-ben-ami/">Tal Ben-Ami</a> is a mutual connection</div></li>
        <li><p>LinkedIn Member</p><p>Engineer</p><p>Bergen</p>
          <div><a href="/in/tal-ben-ami/">Tal Ben-Ami</a> is a mutual connection</div></li>
      </ul></main>`),
      searchUrl,
    );
    expect(read.rows.map((row) => [row.name, row.publicIdentifier, row.location])).toStrictEqual([
      ['Ada Obi', 'ada-obi', null],
      ['LinkedIn Member', null, 'Oslo'],
    ]);
    expect(read.rows[1]?.missingProfileUrl).toMatch(/hides/);
  });

  it('reads cards that sit directly in main', () => {
    const read = readList(
      page(`<main><div><a href="/in/sione-taufa/">Sione Taufa</a><p>Nurse</p><p>Suva, Fiji</p></div>
        <div><a href="/in/mira-haas/">Mira Haas</a><p>Teacher</p></div></main>`),
      searchUrl,
    );
    expect(read.rows.map((row) => [row.name, row.headline, row.location])).toStrictEqual([
      ['Sione Taufa', 'Nurse', 'Suva, Fiji'],
      ['Mira Haas', 'Teacher', null],
    ]);
  });

  it.each(['in-profile-2024.html', 'in-profile-2025.html', 'sales-nav-lead.html', 'recruiter-profile.html'])(
    'reads no row from a profile still shown after the URL moved to a search (%s)',
    (name) => {
      expect(readList(parseWithDomParser(fixtureHtml(name)), searchUrl)).toStrictEqual({
        kind: 'people-search',
        rows: [],
      });
    },
  );

  it('reads no row from an aside, the nav or a dialog', () => {
    const read = readList(
      page(`<nav><ul><li><a href="/in/viewer-one/">Me</a></li><li><a href="/in/viewer-one/">Me</a></li></ul></nav>
        <main><aside><ul><li><a href="/in/lu-chen/">Lu Chen</a><p>Analyst</p></li></ul></aside>
        <div role="dialog"><ul><li><a href="/in/ana-reyes/">Ana Reyes</a><p>CFO</p></li></ul></div></main>`),
      searchUrl,
    );
    expect(read).toStrictEqual({ kind: 'people-search', rows: [] });
  });

  it('keeps a Sales Navigator row’s /in/ link when the row shows one', () => {
    const read = readList(
      page(`<ol><li><div data-x-search-result="LEAD">
        <a href="/sales/lead/ACwAAA1b2c3d4e5,NAME_SEARCH,ab12"><span data-anonymize="person-name">Noa Levi</span></a>
        <span data-anonymize="title">CTO</span><a href="https://il.linkedin.com/in/noa-levi-1/">LinkedIn</a>
      </div></li></ol>`),
      'https://www.linkedin.com/sales/search/people?query=x',
    );
    expect(read.rows).toStrictEqual([
      {
        name: 'Noa Levi',
        profileUrl: 'https://www.linkedin.com/in/noa-levi-1/',
        publicIdentifier: 'noa-levi-1',
        salesNavLeadId: 'ACwAAA1b2c3d4e5',
        headline: null,
        location: null,
        currentRole: null,
        currentTitle: 'CTO',
        currentCompany: null,
        missingProfileUrl: null,
      },
    ]);
  });

  it.each([
    'https://www.linkedin.com/in/ada-obi/',
    'https://www.linkedin.com/search/results/companies/?keywords=data',
    'https://www.linkedin.com/feed/',
  ])('gives no rows on %s', (url) => {
    const { html } = fixture('people-search-2024-en');
    expect(readList(parseWithDomParser(html), url)).toStrictEqual({ kind: null, rows: [] });
  });
});
