/**
 * Test support for the reader tests: builds an expected profile from the fields a fixture shows,
 * and reads a fixture the way the CLI does (URL from the page unless given).
 */
import { fixtureHtml, parseWithDomParser } from './fixture-loader';
import { guessPageUrl } from './page-url-guess';
import type { Profile, ReadResult } from './profile-schema';
import { readProfile } from './read-profile';

export type Fields = Omit<Profile, 'kind' | 'pageKind' | 'sources'>;

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

/** A whole expected profile: every field not given is null. */
export function expectedProfile(
  pageKind: Profile['pageKind'],
  fields: Partial<Fields>,
  sources: Record<string, string>,
): Profile {
  return { kind: 'profile', pageKind, ...noFields, ...fields, sources };
}

/** Reads a fixture in the test DOM, taking the URL from the page when none is given (as the CLI does). */
export function readFixture(name: string, url?: string): ReadResult {
  const document = parseWithDomParser(fixtureHtml(name));
  return readProfile(document, url ?? guessPageUrl(document));
}
