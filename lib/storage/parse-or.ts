/**
 * Parses a stored value, falling back (never throwing) when it is missing or malformed: a corrupt
 * or older value never crashes a surface.
 */
import * as z from 'zod/mini';

/** Takes any zod schema, mini or classic. */
export function parseOr<T>(schema: z.core.$ZodType<T>, value: unknown, fallback: T): T {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : fallback;
}
