// @vitest-environment happy-dom
/** Focused checks of the reader's parts: title parsing, photo filtering, JSON trust, page state. */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import { guessPageUrl } from './page-url-guess';
import { photoOfImage, realPhotoUrl } from './photo';
import { readProfile } from './read-profile';
import { hasEnded } from './strategies/experience';
import { nameFromTitle } from './strategies/page-title';
import { findVoyagerProfile } from './strategies/voyager-json';

describe('nameFromTitle', () => {
  it.each([
    ['(1) Eva Berg | LinkedIn', false, 'Eva Berg'],
    ['(99+) Eva Berg | LinkedIn', false, 'Eva Berg'],
    ['Eva Berg | LinkedIn', false, 'Eva Berg'],
    ['Jean-Luc Picard | LinkedIn', false, 'Jean-Luc Picard'],
    ['Eva Berg - CTO - Acme - Tools for Labs | LinkedIn', true, 'Eva Berg'],
    ['Eva Berg | Sales Navigator', false, 'Eva Berg'],
    ['  (3)   Eva   Berg  |  LinkedIn ', false, 'Eva Berg'],
    ['| LinkedIn', false, null],
  ])('%s', (title, signedOut, expected) => {
    expect(nameFromTitle(title, signedOut)).toBe(expected);
  });
});

describe('realPhotoUrl / photoOfImage', () => {
  const real =
    'https://media.licdn.com/dms/image/v2/D4E03AQAbc/profile-displayphoto-shrink_400_400/B4E/0/1?e=1&v=beta&t=x';

  it('accepts licdn /dms/image/ assets only', () => {
    expect(realPhotoUrl(real)).toBe(real);
    expect(
      realPhotoUrl('https://media-exp1.licdn.com/dms/image/C4D03AQx/profile-displayphoto-shrink_200_200/0/1'),
    ).not.toBeNull();
    expect(
      realPhotoUrl('data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'),
    ).toBeNull();
    expect(realPhotoUrl('https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2')).toBeNull();
    expect(realPhotoUrl('https://evil.example/dms/image/C4D03AQx/photo')).toBeNull();
    expect(realPhotoUrl('http://media.licdn.com/dms/image/C4D03AQx/p/0/1')).toBeNull();
    expect(realPhotoUrl('')).toBeNull();
  });

  it('reads src, then the lazy data-delayed-url, and rejects ghost images', () => {
    const holder =
      parseWithDomParser(`<html><body><img id="a" src="data:image/gif;base64,R0lGOD" data-delayed-url="${real}">
      <img id="b" class="ghost-person" src="${real}"></body></html>`);
    expect(photoOfImage(holder.querySelector('#a'))).toBe(real);
    expect(photoOfImage(holder.querySelector('#b'))).toBeNull();
    expect(photoOfImage(null)).toBeNull();
  });
});

describe('findVoyagerProfile', () => {
  const page = parseWithDomParser(fixtureHtml('in-profile-2024.html'));

  it('finds the entity whose objectUrn is the top card member, not the viewer listed first', () => {
    expect(findVoyagerProfile(page, 'urn:li:member:510000001', null)?.publicIdentifier).toBe(
      'marta-okonkwo-lindqvist',
    );
  });

  it('falls back to the public identifier only when no member id is known', () => {
    expect(findVoyagerProfile(page, null, 'marta-okonkwo-lindqvist')?.objectUrn).toBe(
      'urn:li:member:510000001',
    );
    expect(findVoyagerProfile(page, 'urn:li:member:1', 'marta-okonkwo-lindqvist')).toBeNull();
    expect(findVoyagerProfile(page, null, null)).toBeNull();
  });

  it('ignores stale blocks describing another member', () => {
    const stale = parseWithDomParser(fixtureHtml('in-profile-stale-json.html'));
    expect(findVoyagerProfile(stale, 'urn:li:member:840000004', 'noor-abernathy')).toBeNull();
  });
});

describe('guessPageUrl', () => {
  it.each([
    ['public-profile-2023-raw.html', 'https://pt.linkedin.com/in/ines-valdivia'],
    ['in-profile-2024.html', 'https://www.linkedin.com/in/marta-okonkwo-lindqvist/'],
    ['in-profile-2025-de-no-head.html', 'https://www.linkedin.com/in/layla-haddad-3c9/'],
    ['recruiter-lite-2021.html', 'https://www.linkedin.com/in/rui-carvalho-0a9b8c7d/'],
    ['sales-nav-lead.html', null],
    ['not-found.html', null],
  ])('%s → %s', (name, expected) => {
    expect(guessPageUrl(parseWithDomParser(fixtureHtml(name)))).toBe(expected);
  });
});

describe('current position from the experience card', () => {
  it.each([
    ['Jul 2021 - Present · 3 yrs 1 mo', false],
    ['Feb. 2023 – Heute · 2 J. 10 Mon.', false],
    ['2019 - Present', false],
    ['Aug 2020 - Jun 2021 · 11 mos', true],
    ['Jan 2014 - Dec 2017 · 4 yrs', true],
    ['2018 – 2019', true],
    ['Full-time · 2015 - 2019', false], // a group's header, not a role's dates
    [null, false],
  ])('%s → ended: %s', (caption, ended) => {
    expect(hasEnded(caption)).toBe(ended);
  });

  it('gives no current title when the first role has ended (a job they left is not their title)', () => {
    const url = 'https://www.linkedin.com/in/marta-okonkwo-lindqvist/';
    const html = fixtureHtml('in-profile-2024.html');
    const current = readProfile(parseWithDomParser(html), url);
    const left = readProfile(
      parseWithDomParser(html.replace('Mar 2022 - Present', 'Mar 2022 - Jun 2024')),
      url,
    );
    expect(current.kind === 'profile' && current.currentTitle).toBe('Head of Platform Engineering');
    expect(left.kind === 'profile' && left.currentTitle).toBeNull();
  });
});
