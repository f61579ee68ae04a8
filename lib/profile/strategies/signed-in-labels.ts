/**
 * Strategy "aria-labels": accessible names LinkedIn keeps on the signed-in top card, used when
 * the rendered text is missing (an h1 still empty while the card hydrates). The profile photo
 * carries the member's full name in `title`/`alt` in every language; it is read inside the
 * member's top card only (the nav's "me" photo carries the viewer's name).
 */
import { queryFirst, signedIn } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { attributeOf } from '../text';
import { findSignedInTopCard } from './signed-in-top-card';

export const signedInLabels: Strategy = {
  name: 'aria-labels',
  read(context: ReadContext): FieldValues {
    const card = findSignedInTopCard(context.root);
    const photo = card ? queryFirst(card, signedIn.photo) : null;
    return { fullName: attributeOf(photo, 'title') ?? attributeOf(photo, 'alt') };
  },
};
