// @vitest-environment happy-dom
/**
 * The reader's whole result on each signed-in /in/ fixture (invented people, real structures; each
 * fixture's header comment says which layout and traps it reproduces).
 */
import { describe, expect, it } from 'vitest';
import { expectedProfile, readFixture } from '@/tests/support/expected-profile';
import { fixtureHtml, parseWithDomParser } from '@/tests/support/fixture-loader';
import { readProfile } from './read-profile';

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
      readFixture('in-profile-2024.html', 'https://www.linkedin.com/in/marta-okonkwo-lindqvist/'),
    ).toStrictEqual(
      expectedProfile(
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
    expect(readFixture('in-profile-2025.html')).toStrictEqual(
      expectedProfile(
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
    expect(readFixture('in-profile-2025-de-no-head.html')).toStrictEqual(
      expectedProfile(
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
    expect(
      readFixture('in-profile-stale-json.html', 'https://www.linkedin.com/in/noor-abernathy/'),
    ).toStrictEqual(
      expectedProfile(
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
    expect(readFixture('in-profile-hidden-photo.html')).toStrictEqual(
      expectedProfile(
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

describe('readProfile: the 2019–2021 top card (before its h1), with the 2021 experience card', () => {
  it('reads name, headline, location, id and photo from the list-style top card', () => {
    // The 2021 Portuguese saved fixture with its top card swapped for the earlier list-style one.
    const html = fixtureHtml('i18n/pt-2021-saved.html').replace(
      /<div class="mt2 relative">[\s\S]*?<ul class="pv-top-card--list pv-top-card--list-bullet display-flex pb1">/,
      `<div class="flex-1 mr5">
        <ul class="pv-top-card--list inline-flex align-items-center"><li class="inline t-24 t-black t-normal break-words">Renata Okuma Figueiredo</li><li class="pv-top-card__distance-badge"><span class="dist-value">2º</span></li></ul>
        <h2 class="mt1 t-18 t-black t-normal break-words">Gerente de Projetos de TI na Serra Azul</h2>
        <ul class="pv-top-card--list pv-top-card--list-bullet mt1"><li class="t-16 t-black t-normal inline-block">Londrina, Paraná, Brasil</li><li class="inline-block"><a href="/in/renata-okuma-figueiredo-61b0a2/detail/contact-info/" data-control-name="contact_see_more">Informações de contato</a></li></ul>
      </div><ul class="pv-top-card--list pv-top-card--list-bullet display-flex pb1">`,
    );
    expect(html).toContain('detail/contact-info');
    const result = readProfile(parseWithDomParser(html), null);
    expect(result).toMatchObject({
      kind: 'profile',
      fullName: 'Renata Okuma Figueiredo',
      headline: 'Gerente de Projetos de TI na Serra Azul',
      location: 'Londrina, Paraná, Brasil',
      publicIdentifier: 'renata-okuma-figueiredo-61b0a2',
      currentTitle: 'Gerente de Projetos de TI',
      currentCompany: 'Serra Azul Cooperativa de Crédito',
    });
    expect(result.kind === 'profile' && result.photoUrl).toContain('/C4E03AQFr3nAtAoKm9Q/');
  });
});
