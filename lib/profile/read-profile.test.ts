// @vitest-environment happy-dom
/**
 * Reader behaviour on pages that are not (yet) profiles, and parity between the CLI's parser
 * (linkedom) and the test DOM (happy-dom) on every fixture.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser, parseWithLinkedom } from '@/tests/support/fixture-loader';
import { guessPageUrl } from './page-url-guess';
import { readProfile } from './read-profile';

describe('readProfile: pages that are not (yet) profiles', () => {
  it('a profile URL whose top card has not rendered yet', () => {
    const document = parseWithDomParser(
      '<html><head><title>(2) Old Name | LinkedIn</title></head><body><main></main></body></html>',
    );
    expect(readProfile(document, 'https://www.linkedin.com/in/someone/')).toStrictEqual({
      kind: 'not-a-profile',
      reason: 'profile page, but its top card has not rendered yet',
    });
  });

  it('a non-profile LinkedIn page', () => {
    const document = parseWithDomParser('<html><body><main><h1>Feed</h1></main></body></html>');
    expect(readProfile(document, 'https://www.linkedin.com/feed/')).toStrictEqual({
      kind: 'not-a-profile',
      reason: 'not a LinkedIn profile page',
    });
  });

  it('a top card with an empty h1 takes the name from the photo label, never the nav photo', () => {
    const html = `<html><head><title>(5) Ada Quill | LinkedIn</title></head><body>
      <img class="global-nav__me-photo" alt="The Viewer" title="The Viewer">
      <main><section class="artdeco-card" data-member-id="1">
        <img class="pv-top-card-profile-picture__image--show" title="Ada Quill" alt="Ada Quill" src="data:image/gif;base64,R0lGOD">
        <a href="/in/ada-quill/overlay/about-this-profile/"><h1> </h1></a></section>
      </main></body></html>`;
    const result = readProfile(parseWithDomParser(html), null);
    expect(
      result.kind === 'profile' && [result.fullName, result.sources.fullName, result.photoUrl],
    ).toStrictEqual(['Ada Quill', 'aria-labels', null]);
  });

  it('a top card with an empty h1 and no photo falls back to the title', () => {
    const html = `<html><head><title>(5) Ada Quill | LinkedIn</title></head><body><main>
      <section class="artdeco-card" data-member-id="1"><a href="/in/ada-quill/overlay/about-this-profile/"><h1> </h1></a></section>
      </main></body></html>`;
    const result = readProfile(parseWithDomParser(html), null);
    expect(result.kind === 'profile' && [result.fullName, result.sources.fullName]).toStrictEqual([
      'Ada Quill',
      'title',
    ]);
  });
});

describe('the CLI parser (linkedom) and happy-dom agree', () => {
  it.each([
    'in-profile-2024.html',
    'in-profile-2025.html',
    'in-profile-2025-de-no-head.html',
    'in-profile-stale-json.html',
    'in-profile-hidden-photo.html',
    'public-profile-2023-raw.html',
    'public-profile-2024-rendered.html',
    'sales-nav-lead.html',
    'recruiter-profile.html',
    'recruiter-lite-2021.html',
    'not-found.html',
  ])('%s', (name) => {
    const html = fixtureHtml(name);
    const viaLinkedom = parseWithLinkedom(html);
    const viaHappyDom = parseWithDomParser(html);
    expect(readProfile(viaLinkedom, guessPageUrl(viaLinkedom))).toStrictEqual(
      readProfile(viaHappyDom, guessPageUrl(viaHappyDom)),
    );
  });
});

describe('readProfile: layouts it does not know, and what a read missed', () => {
  const card = (inner: string) => `<html><head><title>Mireille Obuya | LinkedIn</title></head><body><main>
    <div data-view-name="profile-top-card"><section componentkey="com.linkedin.sdui.profile.card.refACoAAB1234567890abcdefghijklmnopqrstuvTopcard">
    ${inner}</section></div></main></body></html>`;

  it('a 2026 top card whose headline and location moved: the name still reads, the misses are named', () => {
    const html = card(`<div data-view-name="profile-top-card-verified-badge">
      <a href="https://www.linkedin.com/in/mireille-obuya/"><h2>Mireille Obuya</h2></a></div>`);
    const result = readProfile(parseWithDomParser(html), 'https://www.linkedin.com/in/mireille-obuya/');
    expect(result.kind === 'profile' && [result.fullName, result.layout, result.missed]).toStrictEqual([
      'Mireille Obuya',
      'sdui',
      [
        { field: 'headline', tried: ['sdui-top-card'] },
        { field: 'location', tried: ['sdui-top-card'] },
      ],
    ]);
  });

  it('an unknown layout: a heading of main that the title confirms, the longest one', () => {
    const html = `<html><head><title>(4) Mireille Obuya – Data | LinkedIn</title></head><body>
      <header><h1>The Viewer</h1></header><main><h2>Mireille</h2><h1>Mireille Obuya</h1></main></body></html>`;
    const result = readProfile(parseWithDomParser(html), 'https://www.linkedin.com/in/mireille-obuya/');
    expect(
      result.kind === 'profile' && [result.fullName, result.sources.fullName, result.layout],
    ).toStrictEqual(['Mireille Obuya', 'page-fallback', 'unknown']);
    expect(result.kind === 'profile' && result.missed.map((m) => m.field)).toStrictEqual([
      'headline',
      'location',
    ]);
  });

  it('an unknown layout takes the title alone only when the page links to the person’s own page', () => {
    const title = '<title>Mireille Obuya | LinkedIn</title>';
    const linked = `<html><head>${title}</head><body><main><a href="/in/mireille-obuya/overlay/photo/">x</a></main></body></html>`;
    const unlinked = `<html><head>${title}</head><body><main><a href="/in/someone-else/">x</a></main></body></html>`;
    const url = 'https://www.linkedin.com/in/mireille-obuya/';
    expect(readProfile(parseWithDomParser(linked), url)).toMatchObject({
      kind: 'profile',
      fullName: 'Mireille Obuya',
    });
    expect(readProfile(parseWithDomParser(unlinked), url)).toStrictEqual({
      kind: 'not-a-profile',
      reason: 'profile page, but its top card has not rendered yet',
    });
  });
});
