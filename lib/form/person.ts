/**
 * The person a form is about: what the background needs (`PersonRef`) plus the photo to show.
 * Comes from the profile reader, or from the manual entry when the page is not a profile.
 */
import { normalizeProfileUrl, pageKindOfUrl } from '@/lib/profile/linkedin-url';
import type { Profile } from '@/lib/profile/profile-schema';
import { stripInvisibleControls } from '@/lib/profile/text';
import { PERSON_FIELD_MAX, type PersonRef } from '@/lib/tasks/task-schema';

export interface FormPerson extends PersonRef {
  photoUrl: string | null;
}

/** The form's person for a read profile; null when the page shows no profile URL to key it by. */
export function personFromProfile(profile: Profile): FormPerson | null {
  return profile.profileUrl === null ? null : personWithUrl(profile, profile.profileUrl);
}

/**
 * The page's person keyed by a profile URL the recruiter settled on (a Stardex person they chose,
 * or a pasted URL) for a page that shows none, such as a Sales Navigator lead.
 */
export function personWithUrl(profile: Profile, profileUrl: string): FormPerson {
  return {
    ...clampPerson({
      profileUrl,
      fullName: profile.fullName,
      firstName: profile.firstName,
      lastName: profile.lastName,
      headline: profile.headline,
      currentTitle: profile.currentTitle,
      currentCompany: profile.currentCompany,
      location: profile.location,
    }),
    photoUrl: profile.photoUrl,
  };
}

/**
 * Cuts a field at `max` UTF-16 units (what the schema's maxLength counts) without splitting a
 * surrogate pair (an emoji in a headline).
 */
export function clip(text: string, max: number): string {
  const trimmed = stripInvisibleControls(text).trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd();
}

/**
 * Every person field cut to what the message schema accepts, so a profile with a 1,500-character
 * headline submits fine (Stardex gets the first 1,000) instead of being refused as a whole.
 */
export function clampPerson(person: PersonRef): PersonRef {
  const cut = (value: string | null, max: number) => (value === null ? null : clip(value, max) || null);
  return {
    profileUrl: person.profileUrl,
    fullName: clip(person.fullName, PERSON_FIELD_MAX.fullName),
    firstName: cut(person.firstName, PERSON_FIELD_MAX.firstName),
    lastName: cut(person.lastName, PERSON_FIELD_MAX.lastName),
    headline: cut(person.headline, PERSON_FIELD_MAX.headline),
    currentTitle: cut(person.currentTitle, PERSON_FIELD_MAX.currentTitle),
    currentCompany: cut(person.currentCompany, PERSON_FIELD_MAX.currentCompany),
    location: cut(person.location, PERSON_FIELD_MAX.location),
  };
}

export type PastedUrlResult = { ok: true; profileUrl: string } | { ok: false; message: string };

/**
 * A pasted LinkedIn profile URL, normalized; Sales Navigator and Recruiter links are refused by
 * name, since Stardex must never key a person by them.
 */
export function checkPastedProfileUrl(input: string): PastedUrlResult {
  const profileUrl = normalizeProfileUrl(input);
  if (profileUrl) return { ok: true, profileUrl };
  const kind = pageKindOfUrl(input.trim());
  if (kind === 'sales-nav-lead' || kind === 'recruiter-profile') {
    const app = kind === 'sales-nav-lead' ? 'Sales Navigator' : 'Recruiter';
    return {
      ok: false,
      message: `That is a ${app} link. Paste the person’s public profile URL (linkedin.com/in/…).`,
    };
  }
  return { ok: false, message: 'Enter a LinkedIn profile URL, like linkedin.com/in/their-name.' };
}

export type ManualEntryResult =
  | { ok: true; person: FormPerson }
  | { ok: false; field: 'url' | 'name'; message: string };

/** Checks the manual entry (LinkedIn profile URL + name) and turns it into a person. */
export function personFromManualEntry(url: string, name: string): ManualEntryResult {
  const profileUrl = normalizeProfileUrl(url);
  if (profileUrl === null) {
    return {
      ok: false,
      field: 'url',
      message: 'Enter a LinkedIn profile URL, like linkedin.com/in/their-name.',
    };
  }
  const fullName = stripInvisibleControls(name).trim().replace(/\s+/g, ' ');
  if (fullName === '') return { ok: false, field: 'name', message: 'Enter the person’s name.' };
  return {
    ok: true,
    person: {
      profileUrl,
      fullName: clip(fullName, PERSON_FIELD_MAX.fullName),
      firstName: null,
      lastName: null,
      headline: null,
      currentTitle: null,
      currentCompany: null,
      location: null,
      photoUrl: null,
    },
  };
}
