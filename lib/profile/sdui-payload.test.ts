// @vitest-environment happy-dom
/**
 * The 2026 server HTML whose markup lacks the top card: the reader rebuilds it from the streamed
 * React Server Components payload (tests/fixtures/linkedin/sdui-plain/plain-ssr-raw.html, with its
 * rendered markup taken out), and reads nobody else named in that payload.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser, parseWithLinkedom } from '@/tests/support/fixture-loader';
import { readProfile } from './read-profile';

const raw = fixtureHtml('sdui-plain/plain-ssr-raw.html');
const expected = JSON.parse(fixtureHtml('sdui-plain/plain-ssr-raw.expected.json')).expected;

/** The page with its `main` emptied: only the head, the nav and the payload are left. */
function payloadOnly(html: string): string {
  return html.replace(/<main id="workspace"[\s\S]*<\/main>/, '<main id="workspace"></main>');
}

describe.each([
  ['happy-dom', parseWithDomParser],
  ['linkedom', parseWithLinkedom],
])('readProfile on server HTML with the top card only in its payload (%s)', (_, parse) => {
  it('reads every top-card field from the payload, even without a URL', () => {
    const result = readProfile(parse(payloadOnly(raw)), null);
    expect(result).toMatchObject({
      kind: 'profile',
      layout: 'sdui',
      fullName: expected.fullName,
      headline: expected.headline,
      location: expected.location,
      currentCompany: expected.currentCompany,
      publicIdentifier: expected.publicIdentifier,
      memberUrn: expected.memberUrn,
      currentTitle: null,
      missed: [],
    });
    if (result.kind === 'profile') expect(result.sources.fullName).toBe('sdui-payload');
  });

  it('takes the photo from the payload when the head preloads none', () => {
    const html = payloadOnly(raw).replace(/<link rel="preload"[^>]*>/g, '');
    const result = readProfile(parse(html), null);
    expect(result.kind === 'profile' && result.photoUrl).toBe(expected.photoUrl);
  });

  it('reads the markup first when the server rendered the card', () => {
    const result = readProfile(parse(raw), null);
    expect(result.kind === 'profile' && result.sources.fullName).toBe('sdui-top-card');
  });

  it('is not a profile once the payload is gone too', () => {
    const html = payloadOnly(raw).replace(/<script[^>]*id="rehydrate-data"[\s\S]*?<\/script>/, '');
    expect(readProfile(parse(html), null).kind).toBe('not-a-profile');
  });
});

describe('the payload after hydration', () => {
  it('is never read once the app has hydrated (it is the first page of an SPA session)', () => {
    const hydrated = payloadOnly(raw).replace('<body>', '<body data-rehydrated="true">');
    expect(readProfile(parseWithDomParser(hydrated), null).kind).toBe('not-a-profile');
  });

  it('is not read for another person than the URL names', () => {
    const url = 'https://www.linkedin.com/in/someone-else-0a0a/';
    const result = readProfile(parseWithDomParser(payloadOnly(raw)), url);
    expect(result.kind === 'profile' ? result.fullName : null).not.toBe(expected.fullName);
  });
});

describe('a payload whose top card is in a shape the reader does not rebuild', () => {
  // The top card's key renamed: no element is recognised as the card any more.
  const unknownShape = payloadOnly(raw).replace(/Topcard/g, 'IntroCard');

  it('still names the viewee: ids from the lazy cards\u2019 requests, name from the names sent with them', () => {
    const result = readProfile(parseWithDomParser(unknownShape), null);
    expect(result).toMatchObject({
      kind: 'profile',
      layout: 'sdui',
      fullName: expected.fullName,
      publicIdentifier: expected.publicIdentifier,
      memberUrn: expected.memberUrn,
      photoUrl: expected.photoUrl,
    });
  });

  it('never names the viewer, whose names sit under other keys', () => {
    const result = readProfile(parseWithLinkedom(unknownShape), null);
    expect(result.kind === 'profile' && result.fullName).toBe(expected.fullName);
  });
});

describe('server markup whose top card carries no key', () => {
  const unkeyed = raw
    .replace(/ id="com\.linkedin\.sdui\.profile\.card\.ref[^"]*Topcard"/, '')
    .replace(/<script[^>]*id="rehydrate-data"[\s\S]*?<\/script>/, '');

  it('finds the card by its contact-info link and reads it whole, the profile id from its Message link', () => {
    const result = readProfile(parseWithDomParser(unkeyed), null);
    const { url: _url, ...fields } = { url: null, ...expected };
    expect(result).toMatchObject({ ...fields, layout: 'sdui', missed: [] });
  });

  it('takes the name the <title> confirms when it is not a heading in a link', () => {
    const plainName = unkeyed.replace(/<h2 class="[^"]*">([^<]+)<\/h2>/, '<p class="a1b2c3d4">$1</p>');
    const noLink = plainName.replace(
      /<a tabindex="0" class="[^"]*" href="https:\/\/www\.linkedin\.com\/in\/[^"]+\/"><div class="[^"]*"><p/,
      '<div><div><p',
    );
    expect(plainName).not.toBe(unkeyed);
    expect(noLink).not.toBe(plainName);
    const result = readProfile(parseWithLinkedom(noLink), null);
    expect(result.kind === 'profile' && result.fullName).toBe(expected.fullName);
  });
});

describe('the payload script', () => {
  it('is read when other statements follow the array', () => {
    const html = payloadOnly(raw).replace(
      /(window\.__como_rehydration__ = \[[\s\S]*?\]);<\/script>/,
      '$1; window.__como_chunks__ = window.__como_chunks__ || []; window.__como_chunks__.push([1]);</script>',
    );
    expect(html).toContain('__como_chunks__.push([1])');
    const result = readProfile(parseWithDomParser(html), null);
    expect(result.kind === 'profile' && result.sources.fullName).toBe('sdui-payload');
  });
});
