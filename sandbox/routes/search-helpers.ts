/** Small helpers shared by the search endpoints: keyword matching, stable sorting, query integers. */
import { validationError } from '../api-error';
import type { RequestContext } from '../router';

/** True when every non-blank keyword occurs (case-insensitively) in one of `texts`. */
export function matchesKeywords(
  keywords: readonly string[] | undefined,
  ...texts: (string | null)[]
): boolean {
  if (keywords === undefined) return true;
  const haystack = texts
    .filter((t): t is string => t !== null)
    .join('\n')
    .toLowerCase();
  return keywords.every((k) => k.trim() === '' || haystack.includes(k.trim().toLowerCase()));
}

/** True when the lists share an element (an absent filter matches everything). */
export function overlaps(filter: readonly string[] | undefined, values: readonly string[]): boolean {
  return filter === undefined || filter.some((v) => values.includes(v));
}

/**
 * Sorts by `key` (strings compare as ISO timestamps / names), nulls last in either order, ties
 * broken by `tiebreak` in the same direction so equal timestamps still come out in insertion order.
 */
export function sortBy<T>(
  items: readonly T[],
  key: (item: T) => string | null,
  order: 'asc' | 'desc' = 'desc',
  tiebreak: (item: T) => number = () => 0,
): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
      return sign * (tiebreak(a) - tiebreak(b));
    }
    const cmp = ka.localeCompare(kb);
    return cmp !== 0 ? sign * cmp : sign * (tiebreak(a) - tiebreak(b));
  });
}

/** An integer query parameter within [min, max], or a 400 naming it. */
export function queryInt(ctx: RequestContext, name: string, min: number, max: number): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError(name, `must be an integer from ${min} to ${max}`);
  }
  return value;
}
