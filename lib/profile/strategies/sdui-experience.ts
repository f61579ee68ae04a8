/**
 * Strategy "sdui-experience": the first entry of the 2026 experience card gives the current
 * title and company. The card is found by its `data-view-name`/`componentkey`, never by its
 * translated heading; inside an entry only the order of paragraphs is stable:
 *
 *   single role:  p title · p company ("Acme · Full-time") · p dates · p location
 *   grouped:      p company · p total duration · p location, then ul > li (p title · p dates)
 *
 * The dates are the paragraph that names a year, in every language ("Jul 2025 - Present",
 * "2025年7月 - 現在"); an entry whose range names two years has ended.
 */
import { queryFirst, sdui } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';
import { type FirstPosition, hasEnded } from './experience';

const year = /\b(?:19|20)\d{2}(?!\d)/;

function experienceCard(root: ParentNode): Element | null {
  const card = queryFirst(root, sdui.experienceCard);
  if (card) return card;
  return queryFirst(root, sdui.experienceAnchor)?.closest('section') ?? null;
}

/** The paragraphs of `scope` in order, leaving out descriptions and anything under `skip`. */
function paragraphs(scope: Element, skip?: Element): string[] {
  const texts: string[] = [];
  for (const p of Array.from(scope.querySelectorAll('p'))) {
    if (skip?.contains(p) || p.closest(sdui.description[0]) || p.querySelector(sdui.description[0])) continue;
    const text = textOf(p);
    if (text) texts.push(text);
  }
  return texts;
}

/** "Acme · Full-time" → "Acme": the employment type follows a middle dot in every language. */
function companyOf(line: string | undefined): string | null {
  return line?.split(' · ')[0]?.trim() || null;
}

/** Title, company and whether it has ended, for the card's first entry; null without a card. */
export function readSduiFirstPosition(root: ParentNode): FirstPosition | null {
  const card = experienceCard(root);
  const entry = card ? queryFirst(card, sdui.entry) : null;
  if (!entry) return null;
  const roles = Array.from(entry.querySelectorAll('ul > li')).filter((li) => paragraphs(li).length > 0);
  const firstRole = roles[0];
  if (firstRole) {
    const role = paragraphs(firstRole);
    const list = firstRole.closest('ul') ?? undefined;
    return {
      title: role[0] ?? null,
      company: paragraphs(entry, list)[0] ?? null,
      ended: hasEnded(role.find((text) => year.test(text)) ?? null),
    };
  }
  const texts = paragraphs(entry);
  const dates = texts.findIndex((text) => year.test(text));
  return {
    title: dates === 0 ? null : (texts[0] ?? null),
    company: dates >= 2 ? companyOf(texts[1]) : null,
    ended: hasEnded(dates >= 0 ? (texts[dates] ?? null) : null),
  };
}

export const sduiExperience: Strategy = {
  name: 'sdui-experience',
  read(context: ReadContext): FieldValues {
    const position = readSduiFirstPosition(context.root);
    if (!position) return {};
    if (position.ended) return { currentTitle: null, currentCompany: null };
    return { currentTitle: position.title, currentCompany: position.company };
  },
};
