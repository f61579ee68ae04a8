/**
 * The popup's URL parameters, made and read in one place. The toolbar popup needs none (it is
 * about the active tab); a form opened by a shortcut or the context menu says which tab it is
 * about, and — for a profile link rather than the page — which profile.
 *
 *   popupUrl({ tabId: 12, link: { profileUrl, name: 'Ada Lovelace' } })
 *     → '/popup.html?tab=12&profileUrl=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fada%2F&name=Ada+Lovelace'
 *   parseFormTarget(location.search) → { tabId: 12, link: { profileUrl, name: 'Ada Lovelace' } }
 */
import { type FormPerson, personFromManualEntry } from '@/lib/form/person';
import { normalizeProfileUrl, publicIdentifierFrom } from '@/lib/profile/linkedin-url';
import { tabIdFromSearch } from './tab-param';

export interface FormTarget {
  /** The tab the form is about (its profile, when no link is given). */
  tabId?: number;
  /** A profile other than the page's: a right-clicked link. `name` is '' when unknown. */
  link?: { profileUrl: string; name: string };
}

/** Longest name kept from a link's text (LinkedIn names are far shorter; link text can be a card). */
const MAX_NAME = 120;

/** A person's name from a link's visible text: one line, trimmed, without LinkedIn's extras. */
export function nameFromLinkText(text: string | undefined | null): string {
  if (!text) return '';
  const firstLine = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (!firstLine) return '';
  const name = firstLine
    // "View Ada Lovelace’s profile", "Ada Lovelace's profile" (screen-reader text on cards)
    .replace(/^view\s+/i, '')
    .replace(/[’']s\s+profile$/i, '')
    // "Ada Lovelace • 2nd", "Ada Lovelace · 3rd+"
    .replace(/\s*[•·]\s*(1st|2nd|3rd\+?|3rd|out of network).*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(https?:\/\/|www\.|linkedin\.com)/i.test(name)) return '';
  return name.slice(0, MAX_NAME);
}

/** The popup page's path with the parameters for `target`. */
export function popupUrl(target: FormTarget, page = '/popup.html'): string {
  const params = new URLSearchParams();
  if (target.tabId !== undefined) params.set('tab', String(target.tabId));
  if (target.link) {
    params.set('profileUrl', target.link.profileUrl);
    if (target.link.name) params.set('name', target.link.name);
  }
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}

/** Reads the popup's parameters; ignores anything malformed (an odd URL opens the plain popup). */
export function parseFormTarget(search: string): FormTarget {
  const params = new URLSearchParams(search);
  const target: FormTarget = {};
  const tabId = tabIdFromSearch(search);
  if (tabId !== undefined) target.tabId = tabId;
  const profileUrl = normalizeProfileUrl(params.get('profileUrl') ?? '');
  if (profileUrl) target.link = { profileUrl, name: nameFromLinkText(params.get('name')) };
  return target;
}

/**
 * A guess at a name from a profile URL's slug ("ada-lovelace-1815" → "Ada Lovelace"), for
 * prefilling the name field only — never sent without the recruiter seeing it.
 */
export function nameFromSlug(profileUrl: string): string {
  const slug = publicIdentifierFrom(profileUrl);
  if (!slug) return '';
  const words = slug
    .split(/[-_]+/)
    // LinkedIn appends digits or a hex id to taken names ("-1815", "-0a1b2c3d").
    .filter((word) => word !== '' && !/\d/.test(word));
  return words.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1)).join(' ');
}

/** What the popup shows for a link target: the form when the name is known, else the manual entry. */
export type LinkPopupTarget =
  | { kind: 'person'; person: FormPerson; health: null }
  | { kind: 'manual'; reason: string; name: string; url: string };

/**
 * The popup's target for `?profileUrl=…&name=…`, or null when the popup is not about a link (then
 * it reads the tab as usual). For load-popup.ts: `linkPopupTarget(search) ?? readTab(...)`.
 */
export function linkPopupTarget(search: string): LinkPopupTarget | null {
  const { link } = parseFormTarget(search);
  if (!link) return null;
  const entry = personFromManualEntry(link.profileUrl, link.name);
  if (entry.ok) return { kind: 'person', person: entry.person, health: null };
  return {
    kind: 'manual',
    reason: 'Check the name of the person this link is about.',
    name: nameFromSlug(link.profileUrl),
    url: link.profileUrl,
  };
}
