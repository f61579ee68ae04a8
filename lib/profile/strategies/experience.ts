/**
 * Strategy "experience": the first entry of the signed-in experience card gives the current
 * title and company. Found by the `#experience` anchor (not the localized "Experience" heading).
 * A grouped entry (one company, several roles) shows the company in the header and the roles
 * as nested entities, so the title comes from the first nested role. When that first role has
 * ended (its dates close with a year, not "Present"), the person has no current position and the
 * strategy gives nothing, so a template's {title} is never a job they left.
 */
import { experience, legacyExperience, queryFirst } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText, textOf } from '../text';

export interface FirstPosition {
  title: string | null;
  company: string | null;
  /** True when the dates show an end ("Aug 2020 - Jun 2021 · 11 mos"). */
  ended: boolean;
}

/**
 * "Aug 2020 - Jun 2021 · 11 mos" has ended; "Jul 2021 - Present · 3 yrs" (or "– Heute", in any
 * language) has not: an ended range names two years before the duration, an open one only one.
 */
export function hasEnded(caption: string | null): boolean {
  const [range] = (caption ?? '').split(' · ');
  return (range?.match(/\b(19|20)\d{2}\b/g) ?? []).length >= 2;
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
  for (const candidate of Array.from(sub.querySelectorAll(experience.entity.join(', ')))) {
    if (queryFirst(candidate, experience.boldTitle) && queryFirst(candidate, experience.dateCaption)) {
      return candidate;
    }
  }
  return null;
}

/**
 * The visible text of a pre-2022 label: its own text ("Acme <span>Full-time</span>" → "Acme"),
 * else its first span that is not a screen-reader label ("<span>Title</span><span>Designer</span>").
 */
function legacyText(element: Element | null): string | null {
  if (!element) return null;
  const own = Array.from(element.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(' ');
  if (cleanText(own)) return cleanText(own);
  const hidden = legacyExperience.hidden.join(', ');
  const shown = Array.from(element.querySelectorAll('span')).find((span) => !span.matches(hidden));
  return textOf(shown);
}

/** The first position of the pre-2022 card (`#experience-section`), or null. */
function readLegacyFirstPosition(root: ParentNode): FirstPosition | null {
  const card = queryFirst(root, legacyExperience.card);
  const entry = card ? queryFirst(card, legacyExperience.entry) : null;
  if (!entry) return null;
  const role = queryFirst(entry, legacyExperience.role);
  const position = role ?? entry;
  const company = role
    ? queryFirst(entry, legacyExperience.groupCompany)
    : queryFirst(entry, legacyExperience.company);
  return {
    title: legacyText(queryFirst(position, legacyExperience.title)),
    company: legacyText(company),
    ended: hasEnded(legacyText(queryFirst(position, legacyExperience.dates))),
  };
}

/** Title and company of the first (most recent) position on a signed-in page, or null. */
export function readFirstPosition(root: ParentNode): FirstPosition | null {
  const card = experienceCard(root);
  const entry = card ? queryFirst(card, experience.entity) : null;
  if (!entry) return readLegacyFirstPosition(root);
  const role = nestedRole(entry);
  if (role) {
    return {
      title: textOf(queryFirst(role, experience.boldTitle)),
      company: textOf(queryFirst(entry, experience.boldTitle)),
      ended: hasEnded(textOf(queryFirst(role, experience.dateCaption))),
    };
  }
  return {
    title: textOf(queryFirst(entry, experience.boldTitle)),
    company: companyOf(textOf(queryFirst(entry, experience.subtitle))),
    ended: hasEnded(textOf(queryFirst(entry, experience.dateCaption))),
  };
}

export const signedInExperience: Strategy = {
  name: 'experience',
  read(context: ReadContext): FieldValues {
    const position = readFirstPosition(context.root);
    if (!position || position.ended) return {};
    return { currentTitle: position.title, currentCompany: position.company };
  },
};
