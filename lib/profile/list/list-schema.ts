/**
 * What the list reader returns: the people of a LinkedIn result list, in page order. Validated
 * with zod/mini where the content script's answer arrives, like the profile reader's result.
 */
import * as z from 'zod/mini';

export const listKinds = ['people-search', 'sales-search', 'sales-list'] as const;
export const listKindSchema = z.enum(listKinds);
export type ListKind = z.infer<typeof listKindSchema>;

const nonEmpty = () => z.string().check(z.minLength(1));
const text = z.nullable(nonEmpty());

export const listRowSchema = z.object({
  /** As the row shows it; "LinkedIn Member" (translated) for a member LinkedIn hides. */
  name: nonEmpty(),
  /** Canonical `https://www.linkedin.com/in/<publicIdentifier>/`, or null when the row links to none. */
  profileUrl: z.nullable(z.url()),
  publicIdentifier: text,
  /** The `/sales/lead/<id>,…` id of a Sales Navigator row. */
  salesNavLeadId: text,
  headline: text,
  location: text,
  /** People search's role line as shown, its translated label kept ("Current: …", "Aktuell: …"). */
  currentRole: text,
  /** Sales Navigator's title and company hooks. */
  currentTitle: text,
  currentCompany: text,
  /** Why `profileUrl` is null, in words; null when there is one. */
  missingProfileUrl: text,
});
export type ListRow = z.infer<typeof listRowSchema>;

export const listReadSchema = z.object({
  /** Null for a page that is none of the lists read (its rows are then empty). */
  kind: z.nullable(listKindSchema),
  rows: z.array(listRowSchema),
});
export type ListRead = z.infer<typeof listReadSchema>;

/** The reasons a row has no profile URL, in the words the recruiter will see. */
export const missingProfileUrlReasons = {
  hiddenMember: 'LinkedIn hides this member’s name and profile link from you',
  noLink: 'This result shows no link to a LinkedIn profile',
  internalId: 'This result links to the profile by LinkedIn’s internal id, not its public address',
  salesNavigator: 'Sales Navigator shows no public profile link for this lead',
} as const;
