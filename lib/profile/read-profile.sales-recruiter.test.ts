// @vitest-environment happy-dom
/**
 * The reader's whole result on Sales Navigator, Recruiter and Recruiter Lite fixtures. The first two
 * reproduce known hooks, not saved pages (see each fixture's header).
 */
import { describe, expect, it } from 'vitest';
import { expectedProfile, type Fields, readFixture } from '@/tests/support/expected-profile';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import { readProfile } from './read-profile';

describe('readProfile: Sales Navigator and Recruiter', () => {
  const salesNavSources = {
    fullName: 'sales-nav',
    headline: 'sales-nav',
    location: 'sales-nav',
    currentTitle: 'sales-nav',
    currentCompany: 'sales-nav',
    photoUrl: 'sales-nav',
    publicIdentifier: 'sales-nav',
    profileUrl: 'sales-nav',
  };
  const amara: Partial<Fields> = {
    fullName: 'Amara Nwosu',
    headline: 'VP Sales, EMEA · SaaS go-to-market',
    location: 'Lagos, Lagos State, Nigeria',
    currentTitle: 'Vice President, Sales EMEA',
    currentCompany: 'Kora Cloud Systems',
    photoUrl:
      'https://media.licdn.com/dms/image/v2/C5603AQAmaraSN/profile-displayphoto-shrink_200_200/B56ZAmara/0/1710000000000?e=1764201600&v=beta&t=amara',
    publicIdentifier: 'amara-nwosu-55e1',
    profileUrl: 'https://www.linkedin.com/in/amara-nwosu-55e1/',
  };

  it('Sales Navigator lead: identified by its public link, lead id from the URL, viewer and aside ignored', () => {
    const url = 'https://www.linkedin.com/sales/lead/ACwAAAAmara01,NAME_SEARCH,Zq9x?_ntb=abc';
    expect(readFixture('sales-nav-lead.html', url)).toStrictEqual(
      expectedProfile(
        'sales-nav-lead',
        { ...amara, salesNavLeadId: 'ACwAAAAmara01' },
        { ...salesNavSources, salesNavLeadId: 'url' },
      ),
    );
  });

  it('Sales Navigator lead without a URL: same person, no lead id', () => {
    expect(readFixture('sales-nav-lead.html')).toStrictEqual(
      expectedProfile('sales-nav-lead', amara, salesNavSources),
    );
  });

  it('Recruiter (/talent/) profile: data-test hooks, public link, recruiter id from the URL', () => {
    const url =
      'https://www.linkedin.com/talent/hire/123456/discover/recruiterSearch/profile/AEMAAPriyaRaman01?project=1';
    expect(readFixture('recruiter-profile.html', url)).toStrictEqual(
      expectedProfile(
        'recruiter-profile',
        {
          fullName: 'Priya Raman',
          headline: 'Senior Data Scientist at Tidewater Analytics',
          location: 'Pune, Maharashtra, India',
          currentTitle: 'Senior Data Scientist',
          currentCompany: 'Tidewater Analytics',
          photoUrl:
            'https://media.licdn.com/dms/image/v2/D5603AQPriyaRec/profile-displayphoto-shrink_400_400/B56ZPriya/0/1720000000000?e=1764201600&v=beta&t=priya',
          publicIdentifier: 'priya-raman-ds',
          profileUrl: 'https://www.linkedin.com/in/priya-raman-ds/',
          recruiterId: 'AEMAAPriyaRaman01',
        },
        {
          fullName: 'recruiter',
          headline: 'recruiter',
          location: 'recruiter',
          currentTitle: 'recruiter',
          currentCompany: 'recruiter',
          photoUrl: 'recruiter',
          publicIdentifier: 'recruiter',
          profileUrl: 'recruiter',
          recruiterId: 'url',
        },
      ),
    );
  });

  it('Recruiter Lite 2021: top card only, sidebar people ignored', () => {
    const url = 'https://www.linkedin.com/recruiter/profile/100000002,xYz1,CAP';
    expect(readFixture('recruiter-lite-2021.html', url)).toStrictEqual(
      expectedProfile(
        'recruiter-profile',
        {
          fullName: 'Rui Carvalho',
          headline: 'Engenheiro de Dados na Ondaverde',
          location: 'Braga, Braga, Portugal',
          currentTitle: 'Data Engineer',
          currentCompany: 'Ondaverde',
          photoUrl:
            'https://media-exp1.licdn.com/dms/image/C4D03AQRuiLite/profile-displayphoto-shrink_200_200/0/1550000000000?e=1620259200&v=beta&t=rui',
          publicIdentifier: 'rui-carvalho-0a9b8c7d',
          profileUrl: 'https://www.linkedin.com/in/rui-carvalho-0a9b8c7d/',
          recruiterId: '100000002',
        },
        {
          fullName: 'recruiter-lite',
          headline: 'recruiter-lite',
          location: 'recruiter-lite',
          currentTitle: 'recruiter-lite',
          currentCompany: 'recruiter-lite',
          photoUrl: 'recruiter-lite',
          publicIdentifier: 'recruiter-lite',
          profileUrl: 'recruiter-lite',
          recruiterId: 'url',
        },
        { layout: 'recruiter-lite' },
      ),
    );
  });
});

describe('Sales Navigator lead panel: a time-in-role line is never the title', () => {
  it('skips a job-title hook that holds "N years N months in role …"', () => {
    const url = 'https://www.linkedin.com/sales/search/people?query=(keywords%3Adata)';
    const html = fixtureHtml('sales/search-lead-panel-no-role.html').replace(
      /<p class="[^"]*">\s*2 years 8 months in role 6 years 2 months in company\s*<\/p>/,
      '<span data-anonymize="job-title">2 years 8 months in role 6 years 2 months in company</span>',
    );
    expect(html).toContain('<span data-anonymize="job-title">2 years 8 months');
    const result = readProfile(parseWithDomParser(html), url);
    expect(result.kind === 'profile' && result.currentTitle).toBe('Head of Data Platform');
  });
});
