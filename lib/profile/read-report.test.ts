import { describe, expect, it } from 'vitest';
import { urlPattern } from './linkedin-url';
import type { Profile } from './profile-schema';
import { readHealthOf, readReport } from './read-report';

const lead: Profile = {
  kind: 'profile',
  pageKind: 'sales-nav-lead',
  fullName: 'Ines Quartermain',
  firstName: null,
  lastName: null,
  headline: 'Head of Growth at Blue Finch',
  location: null,
  currentTitle: null,
  currentCompany: 'Blue Finch',
  photoUrl: null,
  publicIdentifier: null,
  profileUrl: null,
  memberUrn: null,
  salesNavLeadId: 'ACwAAB12345678901234567890123456789abcd',
  recruiterId: null,
  sources: { fullName: 'sales-nav' },
  layout: 'sales-nav',
  missed: [
    { field: 'location', tried: ['sales-nav'] },
    { field: 'currentTitle', tried: [] },
  ],
};

describe('urlPattern', () => {
  it.each([
    [
      'https://www.linkedin.com/in/j%C3%BCrgen-m/details/experience/?x=1',
      'www.linkedin.com/in/<id>/details/experience/?…',
    ],
    ['https://de.linkedin.com/in/someone/', '<cc>.linkedin.com/in/<id>/'],
    ['https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x1Yz', 'www.linkedin.com/sales/lead/<id>'],
    [
      'https://www.linkedin.com/talent/hire/123456/discover/profile/AEMAAB',
      'www.linkedin.com/talent/<…>/profile/<id>',
    ],
    ['https://www.linkedin.com/company/48813/', 'www.linkedin.com/company/<n>/'],
    ['https://example.com/in/x', '<not a LinkedIn URL>'],
  ])('%s → %s', (url, pattern) => {
    expect(urlPattern(url)).toBe(pattern);
  });
});

describe('readReport', () => {
  it('names layout, page pattern and each miss, and nothing of the person', () => {
    const url =
      'https://www.linkedin.com/sales/lead/ACwAAB12345678901234567890123456789abcd,NAME_SEARCH,q1Zx';
    const report = readReport(readHealthOf(lead, url), '1.2.3', new Date('2026-12-01T10:00:00Z'));
    expect(report).toBe(
      [
        'Stardex for LinkedIn 1.2.3 — profile reader report (2026-12-01)',
        'layout: sales-nav',
        'page: sales-nav-lead www.linkedin.com/sales/lead/<id>',
        'missed location: tried sales-nav',
        'missed currentTitle: no strategy found it',
      ].join('\n'),
    );
    for (const secret of ['Ines', 'Quartermain', 'Blue Finch', 'ACwAAB', 'q1Zx'])
      expect(report).not.toContain(secret);
  });
});
