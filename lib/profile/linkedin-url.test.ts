import { describe, expect, it } from 'vitest';
import {
  identifierOfSegment,
  isProfileUrl,
  normalizeProfileUrl,
  pageKindOfUrl,
  parseLinkedinUrl,
  profileUrlFor,
  publicIdentifierFrom,
  recruiterIdFrom,
  salesNavLeadIdFrom,
} from './linkedin-url';

const canonical = 'https://www.linkedin.com/in/jane-doe-42/';

describe('normalizeProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-42/', canonical],
    ['https://www.linkedin.com/in/jane-doe-42', canonical],
    ['http://www.linkedin.com/in/jane-doe-42/', canonical],
    ['https://linkedin.com/in/jane-doe-42/', canonical],
    ['www.linkedin.com/in/jane-doe-42', canonical],
    ['linkedin.com/in/jane-doe-42', canonical],
    ['LinkedIn.com/in/jane-doe-42', canonical],
    ['  https://www.linkedin.com/in/jane-doe-42/  ', canonical],
    ['https://se.linkedin.com/in/jane-doe-42', canonical],
    ['https://de.linkedin.com/in/jane-doe-42/?originalSubdomain=de', canonical],
    ['https://uk.linkedin.com/in/jane-doe-42', canonical],
    ['https://m.linkedin.com/in/jane-doe-42', canonical],
    ['https://touch.linkedin.com/in/jane-doe-42', canonical],
    ['https://www.linkedin.com/in/Jane-Doe-42/', canonical],
    ['https://WWW.LINKEDIN.COM/IN/JANE-DOE-42/', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA', canonical],
    ['https://www.linkedin.com/in/jane-doe-42#experience', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/?trk=x#top', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/overlay/contact-info/', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/overlay/about-this-profile/', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/details/experience/', canonical],
    ['https://www.linkedin.com/in/jane-doe-42/recent-activity/all/', canonical],
    [
      'https://www.linkedin.com/in/jane-doe-42/overlay/1635462023297/single-media-viewer?type=IMAGE',
      canonical,
    ],
    ['/in/jane-doe-42/overlay/contact-info/', canonical],
    ['//www.linkedin.com/in/jane-doe-42', canonical],
  ])('%s → canonical', (input, expected) => {
    expect(normalizeProfileUrl(input)).toBe(expected);
  });

  it('keeps non-ASCII identifiers, percent-encoded once, whatever the input encoding or case', () => {
    const expected = 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/';
    expect(normalizeProfileUrl('https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/')).toBe(expected);
    expect(normalizeProfileUrl('https://de.linkedin.com/in/J%C3%9Crgen-M%C3%BCller/details/skills/')).toBe(
      expected,
    );
    expect(normalizeProfileUrl('https://www.linkedin.com/in/jürgen-müller')).toBe(expected);
  });

  it('handles identifiers in non-Latin scripts', () => {
    expect(publicIdentifierFrom('https://www.linkedin.com/in/%D8%B9%D9%84%D9%8A-123/')).toBe('علي-123');
    expect(normalizeProfileUrl('https://www.linkedin.com/in/علي-123')).toBe(
      'https://www.linkedin.com/in/%D8%B9%D9%84%D9%8A-123/',
    );
  });

  it.each([
    [''],
    ['not a url'],
    ['https://www.linkedin.com/'],
    ['https://www.linkedin.com/feed/'],
    ['https://www.linkedin.com/in/'],
    ['https://www.linkedin.com/company/acme/'],
    ['https://www.linkedin.com/sales/lead/ACwAAAbc123,NAME_SEARCH,xyz'],
    ['https://www.linkedin.com/talent/profile/AEMAAbc123456'],
    ['https://www.linkedin.com/public-profile/in/jane-doe-42/'],
    ['https://evil.example/in/jane-doe-42/'],
    ['https://linkedin.com.evil.example/in/jane-doe-42/'],
    ['https://notlinkedin.com/in/jane-doe-42/'],
    ['javascript:alert(1)//linkedin.com/in/jane'],
    ['ftp://www.linkedin.com/in/jane-doe-42/'],
    ['https://www.linkedin.com/in/%E0%A4%A/'],
    ['https://www.linkedin.com/in/a/'],
    ['https://www.linkedin.com/in/jane%20doe/'],
  ])('%s → null', (input) => {
    expect(normalizeProfileUrl(input)).toBeNull();
  });
});

describe('publicIdentifierFrom / isProfileUrl', () => {
  it('returns the lower-cased, decoded identifier', () => {
    expect(publicIdentifierFrom('https://se.linkedin.com/in/Eva-Berg-1a2b3c4d/?x=1')).toBe(
      'eva-berg-1a2b3c4d',
    );
  });

  it('answers profile URL checks cheaply', () => {
    expect(isProfileUrl('https://www.linkedin.com/in/jane-doe-42/details/experience/')).toBe(true);
    expect(isProfileUrl('https://www.linkedin.com/mynetwork/')).toBe(false);
    expect(isProfileUrl('https://www.linkedin.com/in/')).toBe(false);
  });

  it('reads a plain ASCII segment as it reads an encoded or composed one', () => {
    expect(identifierOfSegment('Jane_Doe-42')).toBe('jane_doe-42');
    expect(identifierOfSegment('j%C3%BCrgen-m')).toBe('jürgen-m');
    expect(identifierOfSegment('ju\u0308rgen-m')).toBe('jürgen-m'); // decomposed ü, composed
    expect(identifierOfSegment('x')).toBeNull(); // too short
    expect(identifierOfSegment('a.b')).toBeNull();
    expect(identifierOfSegment('%E0%A4%A')).toBeNull(); // broken escape
    expect(identifierOfSegment('')).toBeNull();
  });

  it('builds the canonical URL from an identifier', () => {
    expect(profileUrlFor('jane-doe-42')).toBe(canonical);
  });
});

describe('Sales Navigator and Recruiter URLs', () => {
  it('extracts the opaque Sales Navigator lead id', () => {
    expect(
      salesNavLeadIdFrom('https://www.linkedin.com/sales/lead/ACwAAAbc123,NAME_SEARCH,xYz9?_ntb=1'),
    ).toBe('ACwAAAbc123');
    expect(salesNavLeadIdFrom('https://www.linkedin.com/sales/people/ACwAAAbc123,name,abc')).toBe(
      'ACwAAAbc123',
    );
    expect(salesNavLeadIdFrom('https://www.linkedin.com/sales/search/people?query=x')).toBeNull();
    expect(salesNavLeadIdFrom('https://www.linkedin.com/in/jane-doe-42/')).toBeNull();
  });

  it('extracts the Recruiter id from /talent/ and Recruiter Lite URLs', () => {
    expect(recruiterIdFrom('https://www.linkedin.com/talent/profile/AEMAAAbc123456?trk=x')).toBe(
      'AEMAAAbc123456',
    );
    expect(
      recruiterIdFrom(
        'https://www.linkedin.com/talent/hire/123/discover/recruiterSearch/profile/AEMAAAbc123456',
      ),
    ).toBe('AEMAAAbc123456');
    expect(recruiterIdFrom('https://www.linkedin.com/recruiter/profile/184718853,uuiS,CAP?trk=cap')).toBe(
      '184718853',
    );
    expect(recruiterIdFrom('https://recruiter.linkedin.com/talent/profile/AEMAAAbc123456')).toBe(
      'AEMAAAbc123456',
    );
    expect(recruiterIdFrom('https://www.linkedin.com/talent/home')).toBeNull();
  });

  it('tells the page kind a URL can show', () => {
    expect(pageKindOfUrl('https://fr.linkedin.com/in/jane-doe-42')).toBe('in-profile');
    expect(pageKindOfUrl('https://www.linkedin.com/sales/lead/ACwAAAbc123,NAME_SEARCH,xyz')).toBe(
      'sales-nav-lead',
    );
    expect(pageKindOfUrl('https://www.linkedin.com/talent/profile/AEMAAAbc123456')).toBe('recruiter-profile');
    expect(pageKindOfUrl('https://www.linkedin.com/recruiter/profile/184718853,uuiS,CAP')).toBe(
      'recruiter-profile',
    );
    expect(pageKindOfUrl('https://www.linkedin.com/feed/')).toBeNull();
    expect(pageKindOfUrl('https://example.com/in/jane')).toBeNull();
  });
});

describe('parseLinkedinUrl', () => {
  it('accepts only LinkedIn hosts over http(s)', () => {
    expect(parseLinkedinUrl('https://www.linkedin.com/in/x')?.hostname).toBe('www.linkedin.com');
    expect(parseLinkedinUrl('https://linkedin.evil.com/in/x')).toBeNull();
    expect(parseLinkedinUrl('data:text/html,linkedin.com')).toBeNull();
  });
});
