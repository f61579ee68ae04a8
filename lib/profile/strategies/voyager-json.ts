/**
 * Strategy "voyager-json": the `<code>` blocks of voyager API responses embedded in signed-in
 * pages. They are only trusted when they provably describe the member of the top card: the
 * Profile entity's `objectUrn` must be the card's `data-member-id` (or, with no member id on
 * the page, its `publicIdentifier` must be the card's). The first Profile is usually the viewer
 * (`/voyager/api/me`), and after SPA navigation whole blocks can describe an earlier profile.
 */
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText } from '../text';

export type JsonObject = { [key: string]: unknown };

const profileType = /\.identity\.profile\.Profile$/;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(entity: JsonObject, key: string): string | null {
  const value = entity[key];
  return typeof value === 'string' ? cleanText(value) : null;
}

function matches(entity: JsonObject, memberUrn: string | null, identifier: string | null): boolean {
  if (!profileType.test(String(entity.$type ?? ''))) return false;
  if (memberUrn) return entity.objectUrn === memberUrn;
  return identifier !== null && stringField(entity, 'publicIdentifier')?.toLowerCase() === identifier;
}

/** The Profile entity for this member, parsing only blocks that mention it (pages hold ~1 MB of JSON). */
export function findVoyagerProfile(
  root: ParentNode,
  memberUrn: string | null,
  identifier: string | null,
): JsonObject | null {
  const needle = memberUrn ?? (identifier ? `"publicIdentifier":"${identifier}"` : null);
  if (!needle) return null;
  for (const code of Array.from(root.querySelectorAll('code'))) {
    const text = code.textContent ?? '';
    if (!text.includes(needle)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const included = isObject(data) && Array.isArray(data.included) ? data.included : [];
    const entity = included.find(
      (item): item is JsonObject => isObject(item) && matches(item, memberUrn, identifier),
    );
    if (entity) return entity;
  }
  return null;
}

export const voyagerJson: Strategy = {
  name: 'voyager-json',
  read(context: ReadContext): FieldValues {
    const memberUrn = context.found.memberUrn ?? null;
    const identifier = context.found.publicIdentifier ?? null;
    const entity = findVoyagerProfile(context.root, memberUrn, identifier);
    if (!entity) return {};
    const publicIdentifier = stringField(entity, 'publicIdentifier')?.toLowerCase() ?? null;
    return {
      firstName: stringField(entity, 'firstName'),
      lastName: stringField(entity, 'lastName'),
      headline: stringField(entity, 'headline'),
      publicIdentifier,
      memberUrn: stringField(entity, 'objectUrn'),
    };
  },
};
