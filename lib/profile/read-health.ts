/**
 * Reader health: which fields a layout normally shows, and which of them a read missed. When
 * LinkedIn ships a redesign, these misses (field and strategy names only, never page text) are
 * what the form's "Copy report" and Options' recent-misses list show, so it is noticed in a day.
 */
import type { ProfileFieldName, ProfileLayout } from './profile-schema';
import { experience, legacyExperience, publicProfile, queryFirst, sdui } from './selectors';
import { readFirstPosition } from './strategies/experience';
import { readSduiFirstPosition } from './strategies/sdui-experience';
import { findSignedInTopCard } from './strategies/signed-in-top-card';

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

/** A member photo's URL anywhere in these attributes (a saved page's local file is not one). */
const photoAttributes = ['src', 'srcset', 'data-savepage-src', 'data-delayed-url', 'imagesrcset'];
const memberPhoto = /\/dms\/image\/(?:v2\/)?[^/]+\/profile-(?:display|framed)photo-/;

function showsPhoto(scope: ParentNode | null, selector: string): boolean {
  for (const image of Array.from(scope?.querySelectorAll(selector) ?? [])) {
    if (photoAttributes.some((name) => memberPhoto.test(image.getAttribute(name) ?? ''))) return true;
  }
  return false;
}

/** An open first position in whichever experience card the page has (an ended one shows none). */
function showsOpenPosition(root: ParentNode, layout: ProfileLayout): boolean {
  const position = layout === 'sdui' ? readSduiFirstPosition(root) : readFirstPosition(root);
  if (position) return !position.ended;
  // A card the reader could not make sense of still shows a position: name that miss too.
  return (
    layout === 'signed-in' && queryFirst(root, [...experience.anchor, ...legacyExperience.card]) !== null
  );
}

/**
 * Fields the page itself shows beyond its layout's usual ones: a member photo in the top card (or
 * preloaded for it) and an open position in the experience card. When the read still has them
 * null, the report names them, so a recruiter's report points at the class of page that failed.
 */
const shownByPage: Partial<
  Record<ProfileLayout, Partial<Record<ProfileFieldName, (root: ParentNode) => boolean>>>
> = {
  sdui: {
    // The head's preload counts only in server HTML (no <img>): after an SPA navigation it is
    // still the first profile's.
    photoUrl: (root) =>
      showsPhoto(queryFirst(root, sdui.topCard), 'img') ||
      (root.querySelector('body img') === null && showsPhoto(root, sdui.preloadedImages[0])),
    currentTitle: (root) => showsOpenPosition(root, 'sdui'),
  },
  'signed-in': {
    photoUrl: (root) => showsPhoto(findSignedInTopCard(root), 'img'),
    currentTitle: (root) => showsOpenPosition(root, 'signed-in'),
  },
  public: {
    currentCompany: (root) => queryFirst(root, publicProfile.currentCompany) !== null,
  },
};

export interface FieldMiss {
  field: ProfileFieldName;
  /** Strategies that looked for the field and found nothing. */
  tried: string[];
}

/** The fields `layout` normally shows (or `root` shows) that are null in `fields`, with who tried them. */
export function missedFields(
  layout: ProfileLayout,
  fields: Record<ProfileFieldName, string | null>,
  tried: ReadonlyMap<ProfileFieldName, readonly string[]>,
  root?: ParentNode,
): FieldMiss[] {
  const shown = shownByPage[layout] ?? {};
  const expected = [
    ...fieldsLayoutsShow[layout],
    ...(Object.keys(shown) as ProfileFieldName[]).filter(
      (field) => fields[field] === null && root !== undefined && shown[field]?.(root),
    ),
  ];
  return expected
    .filter((field) => fields[field] === null)
    .map((field) => ({ field, tried: [...(tried.get(field) ?? [])] }));
}
