import { describe, expect, it } from 'vitest';
import { linkedInSlug, normalizeLinkedInUrl } from './normalize-linkedin-url';

const canonical = 'https://www.linkedin.com/in/avery-quinn/';

describe('normalizeLinkedInUrl', () => {
  it.each([
    'https://www.linkedin.com/in/avery-quinn/',
    'https://www.linkedin.com/in/avery-quinn',
    'http://linkedin.com/in/avery-quinn',
    'linkedin.com/in/avery-quinn',
    'https://uk.linkedin.com/in/avery-quinn/',
    'https://m.linkedin.com/in/avery-quinn',
    'https://WWW.LinkedIn.com/IN/Avery-Quinn/',
    'https://www.linkedin.com/in/avery-quinn/?originalSubdomain=uk#about',
    'https://www.linkedin.com/in/avery%2Dquinn/',
    'https://www.linkedin.com/in/avery-quinn/details/experience/',
    '  https://www.linkedin.com/in/avery-quinn  ',
  ])('maps %s to the canonical URL', (input) => {
    expect(normalizeLinkedInUrl(input)).toBe(canonical);
  });

  it('decodes non-ASCII slugs so encoded and plain forms match', () => {
    const plain = normalizeLinkedInUrl('https://www.linkedin.com/in/jörg-beispiel');
    const encoded = normalizeLinkedInUrl('https://www.linkedin.com/in/j%C3%B6rg-beispiel/');
    expect(plain).toBe(encoded);
    expect(linkedInSlug('https://www.linkedin.com/in/J%C3%96RG-beispiel/')).toBe('jörg-beispiel');
  });

  it.each([
    '',
    'not a url',
    'https://example.com/in/avery-quinn',
    'https://www.linkedin.com/company/acme',
    'https://www.linkedin.com/in/',
    'ftp://www.linkedin.com/in/avery-quinn',
    'https://notlinkedin.com/in/avery-quinn',
  ])('rejects %s', (input) => {
    expect(normalizeLinkedInUrl(input)).toBeNull();
  });
});
