/**
 * Strategy "recruiter": the current Recruiter profile (`/talent/profile/<id>`, also opened
 * inside projects as `/talent/hire/<project>/…/profile/<id>`). No real saved page was
 * available; this rests on the `data-test-*` hooks the Recruiter app ships (row lockup for
 * name, headline, location and photo; position entities for the current role) and on the
 * public `/in/` link in the contact/profile-link area, which identifies the person.
 */
import { publicIdentifierFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { publicIdentifierNear } from '../public-link';
import { queryFirst, recruiter } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';

/**
 * The lockup holding the candidate's name, or null when this is not a rendered Recruiter profile.
 * Row lockups also list other candidates (pipeline, search results) as list rows and links, so
 * the candidate's own lockup is the one outside `li`/`a`/`aside`.
 */
export function findRecruiterName(root: ParentNode): Element | null {
  for (const selector of recruiter.name) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      if (!element.closest('li, a, aside, nav, header')) return element;
    }
  }
  return null;
}

function publicIdentifierOf(root: ParentNode, name: Element): string | null {
  const link = queryFirst(root, recruiter.publicLink);
  return publicIdentifierFrom(link?.getAttribute('href') ?? '') ?? publicIdentifierNear(name, 10);
}

export const recruiterProfile: Strategy = {
  name: 'recruiter',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const { root } = context;
    const name = findRecruiterName(root);
    if (!name) return {};
    const card = name.closest('section') ?? root;
    return {
      fullName: textOf(name),
      headline: textOf(queryFirst(card, recruiter.headline)),
      location: textOf(queryFirst(card, recruiter.location)),
      photoUrl: photoOfImage(queryFirst(card, recruiter.photo)),
      currentTitle: textOf(queryFirst(root, recruiter.experience)),
      currentCompany: textOf(queryFirst(root, recruiter.experienceCompany)),
      publicIdentifier: publicIdentifierOf(root, name),
    };
  },
};
