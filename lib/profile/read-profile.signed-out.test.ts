// @vitest-environment happy-dom
/**
 * The reader's whole result on the signed-out /in/ fixtures and the "Profile Not Found" page.
 */
import { describe, expect, it } from 'vitest';
import { expectedProfile, readFixture } from '@/tests/support/expected-profile';

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
    expect(readFixture('public-profile-2023-raw.html')).toStrictEqual(
      expectedProfile(
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

  it('2024 rendered DOM: h1 in a modal button, placeholder photo is null, grouped position, double escaping', () => {
    expect(
      readFixture('public-profile-2024-rendered.html', 'https://se.linkedin.com/in/oskar-brandt-a1b2c3'),
    ).toStrictEqual(
      expectedProfile(
        'public-profile',
        {
          fullName: 'Oskar Brandt',
          firstName: 'Oskar',
          lastName: 'Brandt',
          headline: 'Grid software, R&D & reliability',
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
    expect(readFixture('not-found.html', 'https://www.linkedin.com/in/nobody-here-123/')).toStrictEqual({
      kind: 'not-a-profile',
      reason: 'profile not found: LinkedIn shows its "Profile Not Found" page',
    });
  });
});
