/**
 * Test support for the reader tests: builds an expected profile from the fields a fixture shows,
 * and reads a fixture the way the CLI does (URL from the page unless given).
 */

import { guessPageUrl } from '@/lib/profile/page-url-guess';
import type { Profile, ReadResult } from '@/lib/profile/profile-schema';
import { readProfile } from '@/lib/profile/read-profile';
import { fixtureHtml, parseWithDomParser } from './fixture-loader';

export type Fields = Omit<Profile, 'kind' | 'pageKind' | 'sources' | 'layout' | 'missed'>;
export type Health = Pick<Profile, 'layout' | 'missed'>;

/** The layout each page kind is read with unless a test says otherwise. */
const usualLayout: Record<Profile['pageKind'], Profile['layout']> = {
  'in-profile': 'signed-in',
  'public-profile': 'public',
  'sales-nav-lead': 'sales-nav',
  'recruiter-profile': 'recruiter',
};

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

/** A whole expected profile: every field not given is null; no misses unless `health` says so. */
export function expectedProfile(
  pageKind: Profile['pageKind'],
  fields: Partial<Fields>,
  sources: Record<string, string>,
  health: Partial<Health> = {},
): Profile {
  const { layout = usualLayout[pageKind], missed = [] } = health;
  return { kind: 'profile', pageKind, ...noFields, ...fields, sources, layout, missed };
}

/** Reads a fixture in the test DOM, taking the URL from the page when none is given (as the CLI does). */
export function readFixture(name: string, url?: string): ReadResult {
  const document = parseWithDomParser(fixtureHtml(name));
  return readProfile(document, url ?? guessPageUrl(document));
}
