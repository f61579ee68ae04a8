/**
 * The tracker's view of the page, built on the pure reader. The top-card signature comes from
 * the fields the reader took from the rendered top card itself (its `sources`), never from the
 * `<title>`, the URL or voyager JSON: those can still describe the previous profile after an SPA
 * navigation, the card cannot once it has re-rendered.
 */
import type { ReadResult } from '@/lib/profile/profile-schema';
import { readProfile, topCardStrategies } from '@/lib/profile/read-profile';
import type { PageSnapshot } from './fresh-read';

const SIGNATURE_FIELDS = ['fullName', 'headline', 'location', 'photoUrl', 'memberUrn'] as const;

/** A fingerprint of the top card the read came from, or null when no top card was read. */
export function topCardSignature(result: ReadResult): string | null {
  if (result.kind !== 'profile' || !topCardStrategies.has(result.sources.fullName ?? '')) return null;
  return JSON.stringify(
    SIGNATURE_FIELDS.map((field) =>
      topCardStrategies.has(result.sources[field] ?? '') ? result[field] : null,
    ),
  );
}

/** Reads the page once: the reader's result and its top-card signature. */
export function snapshotPage(doc: Document, url: string): PageSnapshot {
  const result = readProfile(doc, url);
  return { result, signature: topCardSignature(result) };
}
