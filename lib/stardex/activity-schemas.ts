/**
 * Person activities (docs/stardex-api.md §3.6): the create body, a person's feed item and the
 * types list. The feed and the types list are parsed tolerantly: the types list's item shape is
 * not documented (it is read as `{key, name}`, a plain string, or `{id|value, label}`).
 */
import * as z from 'zod/mini';

export interface CreateActivityRequest {
  activity_type: string;
  activity_content: string;
  person_id?: string;
  linkedin_url?: string;
}

export const activitySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  activity_type: z.nullish(z.string()),
  activity_content: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
});
export type StardexActivity = z.infer<typeof activitySchema>;

export interface ActivityType {
  key: string;
  name: string;
}

const asText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** One entry of `GET /v1/person-activities/types`, whatever its documented-or-not shape. */
export function activityTypeFrom(value: unknown): ActivityType | null {
  if (typeof value === 'string') return asText(value) ? { key: value, name: value } : null;
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const key = asText(v.key) ?? asText(v.value) ?? asText(v.activity_type) ?? asText(v.id);
  if (key === null) return null;
  return { key, name: asText(v.name) ?? asText(v.label) ?? key };
}

export const activityTypesAnswer = z.pipe(
  z.looseObject({ data: z.array(z.unknown()) }),
  z.transform(({ data }) => data.flatMap((v) => activityTypeFrom(v) ?? [])),
);
