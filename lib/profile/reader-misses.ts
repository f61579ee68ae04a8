/**
 * The last reads that missed fields a layout normally shows, kept on this device for Options'
 * "Profile reader" list (and cleared with "Forget key and local data"). Each entry is a
 * `ReadHealth` (layout, page kind, URL pattern, field and strategy names) and a time: nothing of
 * the person. Nothing here is ever sent anywhere.
 */
import * as z from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';
import { pageKindSchema, profileFieldNames, profileLayouts } from '@/lib/profile/profile-schema';
import type { ReadHealth } from '@/lib/profile/read-report';
import { textUpTo } from '@/lib/schema-parts';

export const MAX_READER_MISSES = 20;
/** The same miss on the same kind of page within this time is one entry (popup opened again). */
const SAME_MISS_MS = 60 * 60_000;

export const readerMissSchema = lazySchema(() =>
  z.object({
    at: z.number(),
    layout: z.enum(profileLayouts),
    pageKind: pageKindSchema,
    page: textUpTo(300),
    missed: z
      .array(
        z.object({ field: z.enum(profileFieldNames), tried: z.array(textUpTo(60)).check(z.maxLength(20)) }),
      )
      .check(z.maxLength(profileFieldNames.length)),
  }),
);
export type ReaderMiss = z.infer<ReturnType<typeof readerMissSchema>>;

/** Stored entries, each validated (a malformed one is dropped, never the list). */
export function parseReaderMisses(value: unknown): ReaderMiss[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = z.safeParse(readerMissSchema(), entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function sameMiss(a: ReaderMiss, b: ReadHealth): boolean {
  return (
    a.layout === b.layout &&
    a.page === b.page &&
    a.missed.map((m) => m.field).join() === b.missed.map((m) => m.field).join()
  );
}

/** The list with `health` added first (newest first, at most 20); unchanged when nothing was missed. */
export function addReaderMiss(list: readonly ReaderMiss[], health: ReadHealth, now: number): ReaderMiss[] {
  if (health.missed.length === 0) return [...list];
  const latest = list[0];
  if (latest && sameMiss(latest, health) && now - latest.at < SAME_MISS_MS) return [...list];
  return [{ at: now, ...health }, ...list].slice(0, MAX_READER_MISSES);
}
