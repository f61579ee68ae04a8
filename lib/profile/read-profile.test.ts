// @vitest-environment happy-dom
/**
 * The whole result of the reader on each fixture (invented people, real structures). Each
 * fixture's header comment says which layout and traps it reproduces.
 */
import { describe, expect, it } from 'vitest';
import { fixtureHtml, parseWithDomParser, parseWithLinkedom } from './fixture-loader';
import { guessPageUrl } from './page-url-guess';
import type { Profile, ReadResult } from './profile-schema';
import { readProfile } from './read-profile';

type Fields = Omit<Profile, 'kind' | 'pageKind' | 'sources'>;

const noFields: Fields = {
  fullName: '',
  firstName: null,
  lastName: null,
  headline: null,
  location: null,
  currentTitle: null,
  currentCompany: null,
  photoUrl: null,
  publicIdentifier: null,
  profileUrl: null,
  memberUrn: null,
  salesNavLeadId: null,
  recruiterId: null,
};

function profile(
  pageKind: Profile['pageKind'],
  fields: Partial<Fields>,
  sources: Record<string, string>,
): Profile {
  return { kind: 'profile', pageKind, ...noFields, ...fields, sources };
}

/** Reads a fixture in happy-dom, taking the URL from the page when none is given (as the CLI does). */
function read(name: string, url?: string): ReadResult {
  const document = parseWithDomParser(fixtureHtml(name));
  return readProfile(document, url ?? guessPageUrl(document));
}

const signedInSources = {
  fullName: 'top-card',
  headline: 'top-card',
  location: 'top-card',
  photoUrl: 'top-card',
  publicIdentifier: 'top-card',
  profileUrl: 'top-card',
  memberUrn: 'top-card',
  currentTitle: 'experience',
};

describe('readProfile: signed-in /in/ pages', () => {
  it('2024 layout: top card over sticky header and viewer data; names only from the matching JSON', () => {
    expect(
      read('in-profile-2024.html', 'https://www.linkedin.com/in/marta-okonkwo-lindqvist/'),
    ).toStrictEqual(
      profile(
        'in-profile',
        {
          fullName: 'Marta Okonkwo-Lindqvist',
          firstName: 'Marta',
          lastName: 'Okonkwo-Lindqvist',
          headline: 'Platform Engineering Lead & Data Reliability at Fjordline Data',
          location: 'Greater Oslo Region',
          currentTitle: 'Head of Platform Engineering',
          currentCompany: 'Fjordline Data',
          photoUrl:
            'https://media.licdn.com/dms/image/C4E03AQMartaPhoto24/profile-displayphoto-shrink_400_400/0/1700000000001?e=1726099200&v=beta&t=marta400',
          publicIdentifier: 'marta-okonkwo-lindqvist',
          profileUrl: 'https://www.linkedin.com/in/marta-okonkwo-lindqvist/',
          memberUrn: 'urn:li:member:510000001',
        },
        {
          ...signedInSources,
          currentCompany: 'top-card',
          firstName: 'voyager-json',
          lastName: 'voyager-json',
        },
      ),
    );
  });

  it('2025 layout: obfuscated h1, grouped experience, encoded non-ASCII identifier, no company button', () => {
    expect(read('in-profile-2025.html')).toStrictEqual(
      profile(
        'in-profile',
        {
          fullName: 'Tomás Ferreira Quist',
          firstName: 'Tomás',
          lastName: 'Ferreira Quist',
          headline: 'Founder & Investor · Ceramics, Logistics',
          location: 'Porto, Portugal',
          currentTitle: 'Founder & Managing Director',
          currentCompany: 'Vandrefalk Ceramics',
          photoUrl:
            'https://media.licdn.com/dms/image/v2/D5603AQTomasPhoto25/profile-displayphoto-shrink_400_400/B56ZTomasAAA-/0/1741230000000?e=1764201600&v=beta&t=tomas400',
          publicIdentifier: 'tomás-ferreira-quist',
          profileUrl: 'https://www.linkedin.com/in/tom%C3%A1s-ferreira-quist/',
          memberUrn: 'urn:li:member:620000002',
        },
        {
          ...signedInSources,
          currentCompany: 'experience',
          firstName: 'voyager-json',
          lastName: 'voyager-json',
        },
      ),
    );
  });

  it('German interface, no <head>, RTL name: structure decides the company, no English needed', () => {
    expect(read('in-profile-2025-de-no-head.html')).toStrictEqual(
      profile(
        'in-profile',
        {
          fullName: 'ليلى حداد',
          headline: 'Leiterin Einkauf bei Sandberg & Söhne GmbH',
          location: 'Hamburg, Deutschland',
          currentTitle: 'Leiterin Einkauf',
          currentCompany: 'Sandberg & Söhne GmbH',
          photoUrl:
            'https://media.licdn.com/dms/image/v2/D4E03AQLaylaPhoto/profile-displayphoto-shrink_400_400/B4EZLayla/0/1745000000000?e=1764201600&v=beta&t=layla',
          publicIdentifier: 'layla-haddad-3c9',
          profileUrl: 'https://www.linkedin.com/in/layla-haddad-3c9/',
          memberUrn: 'urn:li:member:730000003',
        },
        { ...signedInSources, currentCompany: 'top-card' },
      ),
    );
  });

  it('stale JSON and title of a previous profile contribute nothing', () => {
    expect(read('in-profile-stale-json.html', 'https://www.linkedin.com/in/noor-abernathy/')).toStrictEqual(
      profile(
        'in-profile',
        {
          fullName: 'Noor Abernathy',
          headline: 'Quantitative Researcher',
          location: 'Toronto, Ontario, Canada',
          photoUrl:
            'https://media.licdn.com/dms/image/v2/D5603AQNoorPhoto/profile-displayphoto-shrink_400_400/B56ZNoor/0/1746000000000?e=1764201600&v=beta&t=noor',
          publicIdentifier: 'noor-abernathy',
          profileUrl: 'https://www.linkedin.com/in/noor-abernathy/',
          memberUrn: 'urn:li:member:840000004',
        },
        {
          fullName: 'top-card',
          headline: 'top-card',
          location: 'top-card',
          photoUrl: 'top-card',
          publicIdentifier: 'top-card',
          profileUrl: 'top-card',
          memberUrn: 'top-card',
        },
      ),
    );
  });

  it('hidden photo (ghost-person, data:image/gif) is null; English label confirms the company', () => {
    expect(read('in-profile-hidden-photo.html')).toStrictEqual(
      profile(
        'in-profile',
        {
          fullName: 'Jun-seo Park',
          headline: 'Backend Developer',
          location: 'Seoul, South Korea',
          currentCompany: 'Hanbit Robotics - Seoul Lab',
          publicIdentifier: 'junseo-park-8812',
          profileUrl: 'https://www.linkedin.com/in/junseo-park-8812/',
          memberUrn: 'urn:li:member:950000005',
        },
        {
          fullName: 'top-card',
          headline: 'top-card',
          location: 'top-card',
          currentCompany: 'top-card',
          publicIdentifier: 'top-card',
          profileUrl: 'top-card',
          memberUrn: 'top-card',
        },
      ),
    );
  });
});

const publicSources = {
  fullName: 'top-card',
  headline: 'top-card',
  location: 'top-card',
  currentCompany: 'top-card',
  currentTitle: 'experience',
  publicIdentifier: 'canonical-link',
  profileUrl: 'canonical-link',
  firstName: 'meta-tags',
  lastName: 'meta-tags',
};

describe('readProfile: signed-out /in/ pages', () => {
  it('2023 raw HTML: lazy photo, country canonical, company with " - ", double-escaped og:title', () => {
    expect(read('public-profile-2023-raw.html')).toStrictEqual(
      profile(
        'public-profile',
        {
          fullName: 'Ines Valdívia',
          firstName: 'Ines',
          lastName: 'Valdívia',
          headline: 'Retail analytics | Co-Founder @ Nordlys & advisor',
          location: 'Lisbon, Portugal',
          currentTitle: 'Co-Founder & CTO',
          currentCompany: 'Nordlys - Analytics for Retail',
          photoUrl:
            'https://media.licdn.com/dms/image/D4D03AQInesPhoto23/profile-displayphoto-shrink_800_800/0/1680000000000?e=2147483647&v=beta&t=ines800',
          publicIdentifier: 'ines-valdivia',
          profileUrl: 'https://www.linkedin.com/in/ines-valdivia/',
        },
        { ...publicSources, photoUrl: 'top-card' },
      ),
    );
  });

  it('2024 rendered DOM: h1 in a modal button, placeholder photo is null, grouped current position', () => {
    expect(
      read('public-profile-2024-rendered.html', 'https://se.linkedin.com/in/oskar-brandt-a1b2c3'),
    ).toStrictEqual(
      profile(
        'public-profile',
        {
          fullName: 'Oskar Brandt',
          firstName: 'Oskar',
          lastName: 'Brandt',
          headline: 'Building grid software that stays up',
          location: 'Malmö, Skåne County, Sweden',
          currentTitle: 'Staff Engineer',
          currentCompany: 'Lumen - Grid Software',
          publicIdentifier: 'oskar-brandt-a1b2c3',
          profileUrl: 'https://www.linkedin.com/in/oskar-brandt-a1b2c3/',
        },
        publicSources,
      ),
    );
  });

  it('"Profile Not Found" is not a profile', () => {
    expect(read('not-found.html', 'https://www.linkedin.com/in/nobody-here-123/')).toStrictEqual({
      kind: 'not-a-profile',
      reason: 'profile not found: LinkedIn shows its "Profile Not Found" page',
    });
  });
});

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
    expect(read('sales-nav-lead.html', url)).toStrictEqual(
      profile(
        'sales-nav-lead',
        { ...amara, salesNavLeadId: 'ACwAAAAmara01' },
        { ...salesNavSources, salesNavLeadId: 'url' },
      ),
    );
  });

  it('Sales Navigator lead without a URL: same person, no lead id', () => {
    expect(read('sales-nav-lead.html')).toStrictEqual(profile('sales-nav-lead', amara, salesNavSources));
  });

  it('Recruiter (/talent/) profile: data-test hooks, public link, recruiter id from the URL', () => {
    const url =
      'https://www.linkedin.com/talent/hire/123456/discover/recruiterSearch/profile/AEMAAPriyaRaman01?project=1';
    expect(read('recruiter-profile.html', url)).toStrictEqual(
      profile(
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
    expect(read('recruiter-lite-2021.html', url)).toStrictEqual(
      profile(
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
      ),
    );
  });
});

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
