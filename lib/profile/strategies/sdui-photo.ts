/**
 * The member's photo on the 2026 top card. In 2026-03 a `data-view-name` marks it; from 2026-04
 * nothing does (`div[aria-label="Profile photo"]` is translated, and on your own profile the photo
 * sits in an upload button instead), so it is found by position: the card's first member photo
 * before the name that is not the cover, from its `src` or, when it has none, the widest `srcset`
 * candidate. Images after the name (mutual connections, chips) are other people's or logos.
 *
 * The server's raw HTML has no `<img>` at all: there the head's `<link rel=preload as=image>`
 * names the top card's images, and the profile photo is the one whose path says so. A saved
 * page's local files are no photo URL, so such a page gives null.
 */
import { photoOfImage, photoOfSrcset } from '../photo';
import { queryFirst, sdui } from '../selectors';

/** A member photo's path: `/dms/image/v2/<asset>/profile-displayphoto-…` or `profile-framedphoto-…`. */
const profilePhotoPath = /\/dms\/image\/(?:v2\/)?[^/]+\/profile-(?:display|framed)photo-/;

/** The photo the head preloads for the top card, when its path is a member photo's (never the cover). */
export function preloadedPhoto(root: ParentNode): string | null {
  for (const link of Array.from(root.querySelectorAll(sdui.preloadedImages[0]))) {
    const photo = photoOfSrcset(link.getAttribute('imagesrcset'));
    if (photo && profilePhotoPath.test(photo)) return photo;
  }
  return null;
}

/** The asset id of a media URL (the segment after `/dms/image/` or `/dms/image/v2/`). */
function assetOf(url: string): string | null {
  return /\/dms\/image\/(?:v2\/)?([^/]+)\//.exec(url)?.[1] ?? null;
}

/** True when an image of `card` shows the asset of `photo` (in whatever size). */
function showsAsset(card: Element, photo: string): boolean {
  const asset = assetOf(photo);
  return Array.from(card.querySelectorAll('img')).some((image) => {
    const shown = photoOfImage(image);
    return shown !== null && asset !== null && assetOf(shown) === asset;
  });
}

/** The photo of `card` (see above); `name` is the element holding the member's name. */
export function sduiPhoto(card: Element, name: Element | null, root: ParentNode): string | null {
  if (queryFirst(card, sdui.photoSlot)) return photoOfImage(queryFirst(card, sdui.photo));
  // Images and the name in document order (compareDocumentPosition is wrong in linkedom). An
  // image that is no member photo (a frame, a ghost, a saved local file) is passed over.
  for (const image of Array.from(card.querySelectorAll(name ? `img, ${name.tagName}` : 'img'))) {
    if (image === name) break;
    if (image.tagName !== 'IMG' || image.closest(sdui.coverLink[0])) continue;
    const photo = photoOfImage(image);
    if (photo && !/displaybackgroundimage/.test(photo)) return photo;
  }
  // None before the name: the head's preloaded photo, in the server's HTML (no <img> at all), or
  // when the card shows that asset elsewhere. A saved page (local files) or a member without a
  // photo gives null.
  const preloaded = preloadedPhoto(root);
  if (!preloaded) return null;
  const hasImages = card.ownerDocument?.querySelector('body img') !== null;
  return !hasImages || showsAsset(card, preloaded) ? preloaded : null;
}
