/**
 * Strategy "experience": the first entry of the signed-in experience card gives the current
 * title and company. Found by the `#experience` anchor (not the localized "Experience" heading).
 * A grouped entry (one company, several roles) shows the company in the header and the roles
 * as nested entities, so the title comes from the first nested role.
 */
import { experience, queryFirst } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';

export interface FirstPosition {
  title: string | null;
  company: string | null;
}

/** "Acme · Full-time" → "Acme": the employment type follows a middle dot in every language. */
function companyOf(subtitle: string | null): string | null {
  if (!subtitle) return null;
  const [company] = subtitle.split(' · ');
  return company?.trim() || null;
}

function experienceCard(root: ParentNode): Element | null {
  const anchor = queryFirst(root, experience.anchor);
  return anchor?.closest('section') ?? null;
}

/** The role entities nested under an entry (grouped layout), in document order. */
function nestedRole(entry: Element): Element | null {
  const sub = queryFirst(entry, experience.subComponents);
  if (!sub) return null;
  for (const candidate of Array.from(sub.querySelectorAll(experience.entity[0]))) {
    if (queryFirst(candidate, experience.boldTitle) && queryFirst(candidate, experience.dateCaption)) {
      return candidate;
    }
  }
  return null;
}

/** Title and company of the first (most recent) position on a signed-in page, or null. */
export function readFirstPosition(root: ParentNode): FirstPosition | null {
  const card = experienceCard(root);
  const entry = card ? queryFirst(card, experience.entity) : null;
  if (!entry) return null;
  const role = nestedRole(entry);
  if (role) {
    return {
      title: textOf(queryFirst(role, experience.boldTitle)),
      company: textOf(queryFirst(entry, experience.boldTitle)),
    };
  }
  return {
    title: textOf(queryFirst(entry, experience.boldTitle)),
    company: companyOf(textOf(queryFirst(entry, experience.subtitle))),
  };
}

export const signedInExperience: Strategy = {
  name: 'experience',
  read(context: ReadContext): FieldValues {
    const position = readFirstPosition(context.root);
    return position ? { currentTitle: position.title, currentCompany: position.company } : {};
  },
};
