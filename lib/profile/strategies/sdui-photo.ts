/**
 * The member's photo on the 2026 top card. In 2026-03 a `data-view-name` marks it; from 2026-04
 * nothing does (`div[aria-label="Profile photo"]` is translated, and on your own profile the photo
 * sits in an upload button instead), so it is found by position: the card's first image before
 * the name that is not the cover. Its `src` (or, when it has none, the widest `srcset` candidate)
 * is the photo. A saved page's local file means "no photo URL", never a later image.
 *
 * The server's raw HTML has no `<img>` at all: there the head's `<link rel=preload as=image>`
 * names the top card's images, and the profile photo is the one whose path says so.
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

/** The photo of `card` (see above); `name` is the element holding the member's name. */
export function sduiPhoto(card: Element, name: Element | null, root: ParentNode): string | null {
  if (queryFirst(card, sdui.photoSlot)) return photoOfImage(queryFirst(card, sdui.photo));
  // Images and the name in document order (compareDocumentPosition is wrong in linkedom).
  for (const image of Array.from(card.querySelectorAll(name ? `img, ${name.tagName}` : 'img'))) {
    if (image === name) break;
    if (image.tagName !== 'IMG') continue;
    if (image.closest(sdui.coverLink[0])) continue;
    const photo = photoOfImage(image);
    // The cover outside its link (self view): its URL says so, or, saved as a local file, its alt
    // (the member photo's alt is empty in 2026).
    if (photo ? /displaybackgroundimage/.test(photo) : image.getAttribute('alt')) continue;
    return photo;
  }
  // No image before the name: a member without a photo, or the server's HTML (no <img> anywhere).
  return card.ownerDocument?.querySelector('body img') ? null : preloadedPhoto(root);
}
