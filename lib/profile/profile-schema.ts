/**
 * What the profile reader returns, validated with zod. Shared by the content script, the
 * popup/panel and the background (which only ever sees the fields, never the page).
 *
 * Written with `zod/mini` (same schemas, same inferred types, functional API): the content script
 * validates every read with it, and the classic API alone would be ~20 KB gzipped of its 30 KB
 * budget.
 */
import * as z from 'zod/mini';

export const pageKindSchema = z.enum(['in-profile', 'public-profile', 'sales-nav-lead', 'recruiter-profile']);
export type PageKind = z.infer<typeof pageKindSchema>;

/**
 * Which reader read the page; Recruiter Lite shares the `recruiter-profile` page kind. `sdui` is
 * the 2026 signed-in layout; `unknown` is a person's page (by its URL) in a layout none of the
 * others knows, read by structure-only fallbacks so the form still opens for that person.
 */
export const profileLayouts = [
  'signed-in',
  'sdui',
  'public',
  'sales-nav',
  'recruiter',
  'recruiter-lite',
  'unknown',
] as const;
export type ProfileLayout = (typeof profileLayouts)[number];

/** The fields a strategy can produce; `sources` says which strategy produced each one. */
export const profileFieldNames = [
  'fullName',
  'firstName',
  'lastName',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'photoUrl',
  'publicIdentifier',
  'profileUrl',
  'memberUrn',
  'salesNavLeadId',
  'recruiterId',
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

const nonEmpty = () => z.string().check(z.minLength(1));
const text = z.nullable(nonEmpty());

export const profileSchema = z.object({
  kind: z.literal('profile'),
  pageKind: pageKindSchema,
  fullName: nonEmpty(),
  firstName: text,
  lastName: text,
  headline: text,
  location: text,
  currentTitle: text,
  currentCompany: text,
  photoUrl: z.nullable(z.url()),
  publicIdentifier: text,
  /** Canonical `https://www.linkedin.com/in/<publicIdentifier>/`, or null when the page shows no /in/ link. */
  profileUrl: z.nullable(z.url()),
  /** `urn:li:member:<id>` (or `urn:li:fsd_profile:…`) when the page carries one for this person. */
  memberUrn: text,
  salesNavLeadId: text,
  recruiterId: text,
  /** Field name → name of the strategy that produced it (only for non-null fields). */
  sources: z.record(z.string(), z.string()),
  layout: z.enum(profileLayouts),
  /**
   * Fields this layout normally shows that could not be read, with the strategies that looked
   * for each (read-health.ts). Names of fields and strategies only, never page text.
   */
  missed: z.array(z.object({ field: z.enum(profileFieldNames), tried: z.array(z.string()) })),
});
export type Profile = z.infer<typeof profileSchema>;

export const notAProfileSchema = z.object({
  kind: z.literal('not-a-profile'),
  reason: nonEmpty(),
});
export type NotAProfile = z.infer<typeof notAProfileSchema>;

export type ReadResult = Profile | NotAProfile;

/**
 * The schema a read result is checked with, picked by its `kind` as a discriminated union would:
 * the popup checks every answer with it, and a union would add zod's union code to the popup.
 */
export function readResultSchemaOf(value: unknown): typeof profileSchema | typeof notAProfileSchema {
  return (value as { kind?: unknown } | null)?.kind === 'profile' ? profileSchema : notAProfileSchema;
}
