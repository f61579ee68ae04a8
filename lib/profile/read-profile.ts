/**
 * The profile reader: `readProfile(document, url)` → a validated `ReadResult`. Pure (no
 * `window`, `location` or extension APIs), so the content script, vitest and the CLI run the
 * same code. Strategies run in order of trust; each field takes the first non-null value and
 * `sources` records which strategy gave it.
 */
import { profileUrlFor } from './linkedin-url';
import { detectPage, type ProfileLayout } from './page-kind';
import {
  type Profile,
  type ProfileFieldName,
  profileFieldNames,
  type ReadResult,
  readResultSchema,
} from './profile-schema';
import { signedInExperience } from './strategies/experience';
import { pageTitle } from './strategies/page-title';
import { pageUrl } from './strategies/page-url';
import { jsonLd, metaTags } from './strategies/public-meta';
import { publicCanonical, publicExperience, publicTopCard } from './strategies/public-top-card';
import { recruiterProfile } from './strategies/recruiter';
import { recruiterLiteProfile } from './strategies/recruiter-lite';
import { salesNavLead } from './strategies/sales-nav';
import { signedInLabels } from './strategies/signed-in-labels';
import { signedInTopCard } from './strategies/signed-in-top-card';
import { voyagerJson } from './strategies/voyager-json';
import type { FieldValues, Strategy } from './strategy';

/** Strategies per layout, most trusted first. */
export const strategiesByLayout: Record<ProfileLayout, readonly Strategy[]> = {
  'signed-in': [signedInTopCard, signedInLabels, signedInExperience, pageUrl, pageTitle, voyagerJson],
  public: [publicTopCard, publicExperience, publicCanonical, metaTags, jsonLd, pageUrl, pageTitle],
  'sales-nav': [salesNavLead, pageUrl, pageTitle],
  recruiter: [recruiterProfile, pageUrl, pageTitle],
  'recruiter-lite': [recruiterLiteProfile, pageUrl],
};

function emptyFields(): Record<ProfileFieldName, string | null> {
  return Object.fromEntries(profileFieldNames.map((name) => [name, null])) as Record<
    ProfileFieldName,
    string | null
  >;
}

/** Runs `strategies` in order; the first non-null value of each field wins. */
export function combineStrategies(
  root: ParentNode,
  url: string | null,
  pageKind: Profile['pageKind'],
  strategies: readonly Strategy[],
): { fields: Record<ProfileFieldName, string | null>; sources: Record<string, string> } {
  const fields = emptyFields();
  const sources: Record<string, string> = {};
  for (const strategy of strategies) {
    const found: FieldValues = { ...fields };
    const values = strategy.read({ root, url, pageKind, found });
    for (const name of profileFieldNames) {
      const value = values[name];
      if (value && fields[name] === null) {
        fields[name] = value;
        sources[name] = strategy.name;
      }
    }
  }
  const id = fields.publicIdentifier;
  if (id && sources.publicIdentifier) {
    fields.profileUrl = profileUrlFor(id);
    sources.profileUrl = sources.publicIdentifier;
  }
  return { fields, sources };
}

/**
 * Reads the profile shown by `root` (a `Document` or the page's root element). `url` is the
 * page URL when known (the content script passes `location.href`); ids in Sales Navigator and
 * Recruiter URLs are only available through it.
 */
export function readProfile(root: ParentNode, url: string | null): ReadResult {
  const page = detectPage(root, url);
  if (page.kind === 'not-a-profile') return readResultSchema.parse(page);
  const { fields, sources } = combineStrategies(root, url, page.pageKind, strategiesByLayout[page.layout]);
  if (!fields.fullName)
    return readResultSchema.parse({ kind: 'not-a-profile', reason: 'no name found on the page' });
  return readResultSchema.parse({ kind: 'profile', pageKind: page.pageKind, ...fields, sources });
}
