/**
 * Strategy "recruiter-lite": Recruiter Lite's 2021 "lira" profile (`/recruiter/profile/<id>,…`).
 * Everything is read inside `#topcard` / `#profile-experience`: the sidebar holds other people's
 * `/recruiter/profile/…` links and photos. The public `/in/` URL is only in `li.public-profile`.
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { queryFirst, recruiterLite } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';

/** The lira profile root, or null. */
export function findRecruiterLiteRoot(root: ParentNode): Element | null {
  return queryFirst(root, recruiterLite.root);
}

export const recruiterLiteProfile: Strategy = {
  name: 'recruiter-lite',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const lira = findRecruiterLiteRoot(context.root);
    if (!lira) return {};
    const position = queryFirst(lira, recruiterLite.position);
    const link = queryFirst(lira, recruiterLite.publicLink);
    return {
      fullName: textOf(queryFirst(lira, recruiterLite.name)),
      headline: textOf(queryFirst(lira, recruiterLite.headline)),
      location: textOf(queryFirst(lira, recruiterLite.location)),
      photoUrl: photoOfImage(queryFirst(lira, recruiterLite.photo)),
      currentTitle: textOf(position?.querySelector('h4')),
      currentCompany: textOf(position?.querySelector('h5')),
      publicIdentifier: publicIdentifierFrom(link?.getAttribute('href') ?? ''),
    };
  },
};
