// @vitest-environment happy-dom
/**
 * The 2026-04 top-card photo by position (tests/fixtures/linkedin/sdui-plain): images that are no
 * member photo are passed over, a saved page's local file gives null even though the head still
 * preloads the photo, and the preload alone names the photo of a page with no <img>.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import { readProfile } from '../read-profile';

const html = fixtureHtml('sdui-plain/plain-full.html');
const spec = JSON.parse(fixtureHtml('sdui-plain/plain-full.expected.json'));
const photoOf = (page: string) => {
  const result = readProfile(parseWithDomParser(page), spec.url);
  return result.kind === 'profile' ? result.photoUrl : 'not a profile';
};
/** The top card's photo img (fetchpriority high, empty alt, with a srcset). */
const photoImage = /<img class="[^"]*" fetchpriority="high" alt="" src="[^"]*" srcset="[^"]*"/;

describe('sduiPhoto', () => {
  it('passes over a frame or placeholder image before the photo', () => {
    const framed = html.replace(
      photoImage,
      (img) => `<img alt="" src="https://static.licdn.com/aero-v1/sc/h/frame">${img}`,
    );
    expect(framed).not.toBe(html);
    expect(photoOf(framed)).toBe(spec.expected.photoUrl);
  });

  it('gives null for a saved page whose photo is a local file, whatever the head preloads', () => {
    const saved = html.replace(
      photoImage,
      '<img class="a1" fetchpriority="high" alt="" src="./Tamsin_files/1777504625523"',
    );
    expect(saved).not.toBe(html);
    expect(saved).toContain('rel="preload"');
    expect(photoOf(saved)).toBeNull();
  });
});
