/**
 * Reader health: which fields a layout normally shows, and which of them a read missed. When
 * LinkedIn ships a redesign, these misses (field and strategy names only, never page text) are
 * what the form's "Copy report" and Options' recent-misses list show, so it is noticed in a day.
 */
import type { ProfileFieldName, ProfileLayout } from './profile-schema';

const person: readonly ProfileFieldName[] = ['fullName', 'headline', 'location'];
const inProfile: readonly ProfileFieldName[] = [...person, 'publicIdentifier'];
const lead: readonly ProfileFieldName[] = [...person, 'currentTitle', 'currentCompany'];

/**
 * What each layout shows for nearly every member. Title, company and photo are left out of the
 * /in/ layouts: students, career breaks and hidden photos make their absence ordinary there.
 */
export const fieldsLayoutsShow: Record<ProfileLayout, readonly ProfileFieldName[]> = {
  'signed-in': inProfile,
  sdui: inProfile,
  public: inProfile,
  'sales-nav': lead,
  recruiter: person,
  'recruiter-lite': inProfile,
  unknown: inProfile,
};

export interface FieldMiss {
  field: ProfileFieldName;
  /** Strategies that looked for the field and found nothing. */
  tried: string[];
}

/** The fields `layout` normally shows that are null in `fields`, with who tried them. */
export function missedFields(
  layout: ProfileLayout,
  fields: Record<ProfileFieldName, string | null>,
  tried: ReadonlyMap<ProfileFieldName, readonly string[]>,
): FieldMiss[] {
  return fieldsLayoutsShow[layout]
    .filter((field) => fields[field] === null)
    .map((field) => ({ field, tried: [...(tried.get(field) ?? [])] }));
}
