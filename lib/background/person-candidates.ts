/**
 * Stardex people who may be the person on a page that shows no LinkedIn profile link (a Sales
 * Navigator lead, most often): one name search, ranked so that the same name at the same company
 * comes first. Never used to pick anyone by itself: the recruiter chooses (components/task-form/
 * SettlePerson.tsx), and only a person with a LinkedIn URL can be chosen, since Stardex keys
 * people by it.
 */
import type { PersonCandidate } from '@/lib/messaging';
import { normalizeProfileUrl, profileUrlFor } from '@/lib/profile/linkedin-url';
import type { StardexPerson } from '@/lib/stardex/schemas';

/** Case, accents and spacing aside, the same words ("CHENG HUANG" = "Cheng Huang"). */
export function sameWords(a: string | null | undefined, b: string | null | undefined): boolean {
  const key = (text: string) =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return !!a && !!b && key(a) === key(b);
}

function profileUrlOf(person: StardexPerson): string | null {
  if (person.linkedin_url) {
    const url = normalizeProfileUrl(person.linkedin_url);
    if (url) return url;
  }
  return person.linkedin_public_id ? normalizeProfileUrl(profileUrlFor(person.linkedin_public_id)) : null;
}

/** The search hits as candidates: same name and company first, then same name, then the rest. */
export function rankCandidates(
  people: readonly StardexPerson[],
  name: string,
  company: string | null,
): PersonCandidate[] {
  const score = (p: StardexPerson) =>
    (sameWords(p.name, name) ? 2 : 0) + (company && sameWords(p.current_company_name, company) ? 1 : 0);
  return [...people]
    .map((p, index) => ({ p, index, score: score(p) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ p, score: s }) => ({
      id: p.id,
      name: p.name ?? [p.first_name, p.last_name].filter(Boolean).join(' '),
      title: p.current_job_title ?? null,
      company: p.current_company_name ?? null,
      profileUrl: profileUrlOf(p),
      sameCompany: s % 2 === 1,
    }));
}
