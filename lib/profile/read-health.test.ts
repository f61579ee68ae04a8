// @vitest-environment happy-dom
/**
 * Reader health names the fields a page shows that a read left null: beyond each layout's usual
 * fields, a member photo in the 2026 top card (or preloaded for it), an open position in the
 * experience card (2021–2026), and the public top card's current company.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import type { ProfileFieldName } from './profile-schema';
import { missedFields } from './read-health';
import { readProfile } from './read-profile';

/** The fields of a read of `file`, with `blank` set to null as if a strategy had missed them. */
function missesWithout(file: string, url: string, blank: ProfileFieldName[]): ProfileFieldName[] {
  const root = parseWithDomParser(fixtureHtml(file));
  const result = readProfile(root, url);
  if (result.kind !== 'profile') throw new Error(`${file} is not read as a profile`);
  const { kind: _k, pageKind: _p, sources: _s, layout, missed: _m, ...fields } = result;
  const values: Record<ProfileFieldName, string | null> = { ...fields };
  for (const field of blank) values[field] = null;
  return missedFields(layout, values, new Map(), root).map((miss) => miss.field);
}

describe('missedFields', () => {
  it('names a missed 2026 photo and title, rendered or only preloaded', () => {
    const url = 'https://www.linkedin.com/in/tamsin-okonkwo-berg-5b2e17a3/';
    expect(missesWithout('sdui-plain/plain-full.html', url, ['photoUrl', 'currentTitle'])).toEqual([
      'photoUrl',
      'currentTitle',
    ]);
    const raw = 'https://www.linkedin.com/in/linnea-marchetti-osei-22c4a1/';
    expect(missesWithout('sdui-plain/plain-ssr-raw.html', raw, ['photoUrl'])).toEqual(['photoUrl']);
  });

  it('does not name a title the page does not show (top card only, or the last job ended)', () => {
    const only = 'https://www.linkedin.com/in/rafaeldunmore/';
    expect(missesWithout('sdui-plain/plain-topcard-only.html', only, ['currentTitle'])).toEqual([]);
    const ended = 'https://www.linkedin.com/in/mateo-illescas-brandt-0b7a4419/';
    expect(missesWithout('sdui-plain/plain-open-to-work.html', ended, ['currentTitle'])).toEqual([]);
  });

  it('names a missed title and photo on a 2021 saved page', () => {
    const url = 'https://www.linkedin.com/in/renata-okuma-figueiredo-61b0a2/';
    expect(missesWithout('i18n/pt-2021-saved.html', url, ['currentTitle', 'photoUrl'])).toEqual([
      'photoUrl',
      'currentTitle',
    ]);
  });

  it('names a missed company on a public page that shows one', () => {
    const url = 'https://www.linkedin.com/in/nuria-etxeberria-lopez/';
    expect(missesWithout('public-i18n/public-es.html', url, ['currentCompany'])).toEqual(['currentCompany']);
  });
});
