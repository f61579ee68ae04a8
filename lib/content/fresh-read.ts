/**
 * When is a read of the page a read of the profile the URL names? After an SPA navigation
 * LinkedIn changes the URL first and re-renders the top card later, so for a while the DOM still
 * shows the previous person. A read counts as fresh only when it is a profile, its top card
 * differs from the card we navigated away from, and any identifier the URL carries agrees.
 */
import {
  isOpaqueMemberId,
  isSalesNavSearchUrl,
  normalizeProfileUrl,
  publicIdentifierFrom,
  recruiterIdFrom,
  salesNavLeadIdFrom,
} from '@/lib/profile/linkedin-url';
import type { Profile, ReadResult } from '@/lib/profile/profile-schema';
import { topCardStrategies } from '@/lib/profile/read-profile';

/** The top card shown when the user left a profile: any later profile URL must show another card. */
export interface StaleCard {
  /** Profile key (normalized profile URL) of the page the card belonged to. */
  key: string;
  /**
   * The card's fingerprint; null when it was left unread (nothing had asked for it, and the next
   * URL names a member, whose id the card's own links must then show).
   */
  signature: string | null;
}

/** What the page shows right now. */
export interface PageSnapshot {
  result: ReadResult;
  /** Fingerprint of the rendered top card; null while none is rendered. */
  signature: string | null;
}

/**
 * Which page a profile URL names, as one string (null for any other URL): two URLs with the same
 * key show the same person (query, hash, subdomain and `/in/` subpages aside).
 */
export function profileKeyOf(url: string): string | null {
  // Asked several times per in-app navigation for the same two URLs.
  const known = recentKeys.get(url);
  if (known !== undefined) return known;
  const key = keyOf(url);
  if (recentKeys.size >= 8) recentKeys.clear();
  recentKeys.set(url, key);
  return key;
}

const recentKeys = new Map<string, string | null>();

function keyOf(url: string): string | null {
  const inUrl = normalizeProfileUrl(url);
  if (inUrl) return inUrl;
  const lead = salesNavLeadIdFrom(url);
  if (lead) return `sales-nav-lead:${lead}`;
  const recruiter = recruiterIdFrom(url);
  if (recruiter) return `recruiter-profile:${recruiter}`;
  // The lead panel over people search: whichever lead it shows when asked (the URL names none).
  return isSalesNavSearchUrl(url) ? 'sales-nav-search' : null;
}

/** The identifier a profile URL carries, lower-cased, with the profile field it must match. */
export function urlIdentity(url: string): { field: keyof Profile; value: string } | null {
  const publicIdentifier = publicIdentifierFrom(url);
  if (publicIdentifier && !isOpaqueMemberId(publicIdentifier)) {
    return { field: 'publicIdentifier', value: publicIdentifier };
  }
  const lead = salesNavLeadIdFrom(url);
  if (lead) return { field: 'salesNavLeadId', value: lead.toLowerCase() };
  const recruiter = recruiterIdFrom(url);
  return recruiter ? { field: 'recruiterId', value: recruiter.toLowerCase() } : null;
}

/** True when `snapshot` shows the profile `url` names (see the module comment). */
export function isFreshRead(
  snapshot: PageSnapshot,
  url: string,
  key: string | null,
  stale: StaleCard | null,
): snapshot is PageSnapshot & { result: Profile } {
  const { result, signature } = snapshot;
  if (result.kind !== 'profile') return false;
  // With no card rendered yet, a "profile" can only come from leftovers (title, old JSON blocks).
  if (stale && stale.key !== key && (signature === null || signature === stale.signature)) return false;
  const identity = urlIdentity(url);
  // A card left unread is told apart by the member id the new card itself shows.
  const idFromCard = topCardStrategies.has(result.sources.publicIdentifier ?? '');
  if (stale && stale.key !== key && stale.signature === null && !idFromCard) return false;
  if (!identity) return true;
  const value = result[identity.field];
  return typeof value !== 'string' || value.normalize('NFC').toLowerCase() === identity.value;
}
