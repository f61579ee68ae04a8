/**
 * Who a 2026 server page is about when its payload holds no rebuildable top card (its elements
 * are in a shape sdui-payload.ts does not know): the viewee's ids are arguments of the lazy cards'
 * requests (`"vanityName":"<id>"` beside `"vieweeProfileId":"ACoAA…"`), and the person's name is
 * the `firstName`/`lastName` pair sent with that same vanity name, else the page `<title>`. The
 * viewer's own names sit under other keys (`publicIdentifier`), so they never match.
 */
import { cleanText } from '../text';
import { nameFromTitle } from './page-title';

export interface PayloadIdentity {
  publicIdentifier: string;
  memberUrn: string | null;
  fullName: string | null;
}

const quoted = (key: string) => new RegExp(`\\\\?"${key}\\\\?":\\s*\\\\?"([^"\\\\]+)`, 'g');

/** Values of `key` in the stream, escaped or not, with the index where each was found. */
function valuesOf(stream: string, key: string): { value: string; at: number }[] {
  return Array.from(stream.matchAll(quoted(key)), (match) => ({ value: match[1] ?? '', at: match.index }));
}

/** The value of `key` nearest to `at` (within one request's arguments), or null. */
function nearest(stream: string, key: string, at: number, within = 400): string | null {
  let best: { value: string; distance: number } | null = null;
  for (const { value, at: where } of valuesOf(stream, key)) {
    const distance = Math.abs(where - at);
    if (distance <= within && (best === null || distance < best.distance)) best = { value, distance };
  }
  return best?.value ?? null;
}

/** The viewee named by the payload `stream` (title: the page's `<title>` text), or null. */
export function payloadIdentity(stream: string, title: string | null): PayloadIdentity | null {
  const counts = new Map<string, number>();
  let urn: string | null = null;
  for (const { value, at } of valuesOf(stream, 'vanityName')) {
    const viewee = nearest(stream, 'vieweeProfileId', at);
    if (!viewee || !/^ACo[A-Za-z0-9_-]{20,60}$/.test(viewee)) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    urn ??= viewee;
  }
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!id || !/^[\p{L}\p{N}_%-]{3,100}$/u.test(id)) return null;
  let fullName: string | null = null;
  for (const { value, at } of valuesOf(stream, 'vanityName')) {
    if (value !== id) continue;
    const first = nearest(stream, 'firstName', at, 200);
    const last = nearest(stream, 'lastName', at, 200);
    if (first && last) fullName = cleanText(`${first} ${last}`);
  }
  return {
    publicIdentifier: id,
    memberUrn: urn ? `urn:li:fsd_profile:${urn}` : null,
    fullName: fullName ?? (title ? nameFromTitle(title, false) : null),
  };
}
