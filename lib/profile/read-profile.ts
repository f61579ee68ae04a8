/**
 * The profile reader: `readProfile(document, url)` → a validated `ReadResult`. Pure (no
 * `window`, `location` or extension APIs), so the content script, vitest and the CLI run the
 * same code. Strategies run in order of trust; each field takes the first non-null value and
 * `sources` records which strategy gave it.
 */
import { profileUrlFor } from './linkedin-url';
import { detectPage, notRenderedReason, type ProfileLayout } from './page-kind';
import {
  notAProfileSchema,
  type Profile,
  type ProfileFieldName,
  profileFieldNames,
  profileSchema,
  type ReadResult,
} from './profile-schema';
import { missedFields } from './read-health';
import { signedInExperience } from './strategies/experience';
import { pageFallback } from './strategies/page-fallback';
import { pageTitle } from './strategies/page-title';
import { pageUrl } from './strategies/page-url';
import { jsonLd, metaTags } from './strategies/public-meta';
import { publicCanonical, publicExperience, publicTopCard } from './strategies/public-top-card';
import { recruiterProfile } from './strategies/recruiter';
import { recruiterLiteProfile } from './strategies/recruiter-lite';
import { salesNavLead } from './strategies/sales-nav';
import { salesNavEmberTopCard, salesNavJson } from './strategies/sales-nav-ember';
import { sduiExperience } from './strategies/sdui-experience';
import { sduiPayload } from './strategies/sdui-payload';
import { sduiTopCard } from './strategies/sdui-top-card';
import { signedInLabels } from './strategies/signed-in-labels';
import { signedInTopCard } from './strategies/signed-in-top-card';
import { voyagerJson } from './strategies/voyager-json';
import type { FieldValues, Strategy } from './strategy';

/**
 * Strategies per layout, most trusted first. Every layout ends in `pageFallback`, so a top card
 * that lost its hooks still gives the person's name from structure and the title.
 */
export const strategiesByLayout: Record<ProfileLayout, readonly Strategy[]> = {
  'signed-in': [signedInTopCard, signedInLabels, signedInExperience, pageUrl, pageTitle, voyagerJson],
  sdui: [sduiTopCard, sduiPayload, sduiExperience, pageUrl, pageFallback],
  public: [publicTopCard, publicExperience, publicCanonical, metaTags, jsonLd, pageUrl, pageTitle],
  'sales-nav': [salesNavLead, salesNavEmberTopCard, salesNavJson, pageUrl, pageTitle],
  recruiter: [recruiterProfile, pageUrl, pageTitle],
  'recruiter-lite': [recruiterLiteProfile, pageUrl],
  unknown: [pageUrl, pageFallback],
};

/**
 * Strategies that read the rendered top card itself: a field from one of them describes the
 * card on screen, never a title or JSON left over from the previous profile (page-snapshot.ts).
 */
export const topCardStrategies: ReadonlySet<string> = new Set(
  Object.values(strategiesByLayout)
    .flat()
    .filter((strategy) => strategy.readsTopCard)
    .map((strategy) => strategy.name),
);

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
): {
  fields: Record<ProfileFieldName, string | null>;
  sources: Record<string, string>;
  tried: Map<ProfileFieldName, string[]>;
} {
  const fields = emptyFields();
  const sources: Record<string, string> = {};
  const tried = new Map<ProfileFieldName, string[]>();
  for (const strategy of strategies) {
    if (strategy.onlyFields?.every((name) => fields[name] !== null)) continue;
    const found: FieldValues = { ...fields };
    const values = strategy.read({ root, url, pageKind, found });
    for (const name of profileFieldNames) {
      if (!(name in values) || fields[name] !== null) continue;
      const value = values[name];
      if (value) {
        fields[name] = value;
        sources[name] = strategy.name;
      } else {
        tried.set(name, [...(tried.get(name) ?? []), strategy.name]);
      }
    }
  }
  const id = fields.publicIdentifier;
  if (id && sources.publicIdentifier) {
    fields.profileUrl = profileUrlFor(id);
    sources.profileUrl = sources.publicIdentifier;
  }
  return { fields, sources, tried };
}

/**
 * Reads the profile shown by `root` (a `Document` or the page's root element). `url` is the
 * page URL when known (the content script passes `location.href`); ids in Sales Navigator and
 * Recruiter URLs are only available through it.
 */
export function readProfile(root: ParentNode, url: string | null): ReadResult {
  const page = detectPage(root, url);
  if (page.kind === 'not-a-profile') return notAProfileSchema.parse(page);
  const { layout, pageKind } = page;
  const { fields, sources, tried } = combineStrategies(root, url, pageKind, strategiesByLayout[layout]);
  if (!fields.fullName) {
    const reason = layout === 'unknown' ? notRenderedReason : 'no name found on the page';
    return notAProfileSchema.parse({ kind: 'not-a-profile', reason });
  }
  const missed = missedFields(layout, fields, tried, root);
  return profileSchema.parse({ kind: 'profile', pageKind, ...fields, sources, layout, missed });
}
