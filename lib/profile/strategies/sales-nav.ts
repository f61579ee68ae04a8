/**
 * Strategy "sales-nav": a Sales Navigator lead (`/sales/lead/<id>,…`, 2023–2026), on its own page
 * or in the lead panel that opens over people search. Rests on the lead top card
 * (`[data-x--lead--profile-card]`, seen 2026-08) and the `data-anonymize` hooks Sales Navigator
 * puts on personal data (person-name, headline, job-title, company-name, headshot-photo); the
 * location has no hook and is found by position. The public `/in/` link, which identifies the
 * person, is read from the actions overflow menu when it is open.
 */
import { publicIdentifierFrom, salesNavLeadIdFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { publicIdentifierNear } from '../public-link';
import { queryFirst, salesNav } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { textOf } from '../text';

/** The lead's name element, or null when this is not (yet) a rendered lead page or panel. */
export function findSalesNavName(root: ParentNode): Element | null {
  const card = queryFirst(root, salesNav.leadCard);
  const inCard = card ? queryFirst(card, salesNav.leadName) : null;
  if (inCard && textOf(inCard)) return inCard;
  for (const selector of salesNav.name) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      // Other leads ("also viewed", search rows) are links to their own lead pages.
      if (!element.closest('aside, a[href*="/sales/lead/"]')) return element;
    }
  }
  return null;
}

/**
 * The hook inside the lead's own header card: the closest ancestor of the name that has it,
 * never leaving the lead card when there is one (search rows sit beside the lead panel), nor
 * `main` (the nav bar holds the viewer's own headshot).
 */
function nearName(name: Element, list: readonly string[], card: Element | null): Element | null {
  let scope = name.parentElement;
  for (let level = 0; scope && level < 10 && scope.tagName !== 'BODY'; level++) {
    const found = queryFirst(scope, list);
    if (found || scope.tagName === 'MAIN' || scope === card) return found;
    scope = scope.parentElement;
  }
  return null;
}

/**
 * "1 year 11 months in role 1 year 11 months in company", "2 ans 3 mois dans le poste": search
 * rows put this time-in-role line in a job-title hook. Two or more "number unit" pairs, in any
 * language, are a duration, never a title ("Level 2 Engineer" has one).
 */
export function isDuration(text: string): boolean {
  return (text.match(/\d+\s*\p{L}+/gu) ?? []).length >= 2;
}

/** The first job title of `scope` that is not a time-in-role line. */
function titleIn(scope: ParentNode): string | null {
  for (const element of Array.from(scope.querySelectorAll(salesNav.title.join(', ')))) {
    const text = textOf(element);
    if (text && !isDuration(text)) return text;
  }
  return null;
}

/** "475 connections", "500+ relations", "1 234 kontaktów": a count line, whatever the language. */
function isCountLine(text: string): boolean {
  return /^\d[\d.,\s\u00a0\u202f]*\+?\s*\S*$/u.test(text);
}

/**
 * The 2026 lead card has no hook on the location: after the headline's wrapper come two small
 * rows, the location then the connection count, told apart only by their order. So the location
 * is the first text row after the headline's block (a lone row that is a count is not one).
 */
function locationAfterHeadline(headline: Element | null): string | null {
  for (let block = headline; block && block.tagName !== 'MAIN'; block = block.parentElement) {
    const next = block.nextElementSibling;
    if (!next) continue;
    const rows = Array.from(next.children).filter((row) => textOf(row));
    const first = textOf(rows[0]);
    if (!first || next.querySelector('[data-anonymize], h1, h2, button, a')) return null;
    return rows.length >= 2 || !isCountLine(first) ? first : null;
  }
  return null;
}

/**
 * The lead's own part of the page: on the lead page, `main`; over people search, the lead panel,
 * i.e. the highest ancestor of the lead card that holds no result row (a row's name links to that
 * other lead's page; the panel's own name link is inside the card). It only stops there once it
 * holds a role: a lead page without the card reaches its experience through such a parent.
 */
function leadScope(root: ParentNode, name: Element, card: Element | null): Element {
  const own = card ?? name;
  const others = Array.from(root.querySelectorAll(salesNav.otherLeadNames.join(', '))).filter(
    (element) => !own.contains(element),
  );
  let scope = own;
  for (let parent = own.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if (others.some((other) => parent.contains(other)) && titleIn(scope)) break;
    scope = parent;
    if (parent.tagName === 'MAIN') break;
  }
  return scope;
}

/**
 * Where the current role is: the "Current roles" card of the lead's own part, else that part
 * itself, whose first role is the experience card's first entry (the panel may lack the card).
 */
function currentRoleScope(scope: Element): ParentNode {
  return queryFirst(scope, salesNav.currentRole) ?? scope;
}

/**
 * The lead's public /in/ id: the open overflow menu's "View LinkedIn profile" link (rendered in a
 * menu outlet, found through the trigger's `aria-controls`), else a link near the name.
 */
function leadIdentifier(root: ParentNode, card: Element | null, name: Element): string | null {
  const trigger = queryFirst(card ?? root, salesNav.overflowTrigger);
  const menuId = trigger?.getAttribute('aria-controls');
  const menu = menuId ? root.querySelector(`[id="${menuId.replace(/"/g, '')}"]`) : null;
  for (const link of Array.from(menu?.querySelectorAll('a[href*="/in/"]') ?? [])) {
    const id = publicIdentifierFrom(link.getAttribute('href') ?? '');
    if (id) return id;
  }
  return publicIdentifierNear(name, 12);
}

/** On search, the lead id comes from the panel card's own link to the lead page. */
function leadIdOfCard(card: Element | null): string | null {
  for (const link of Array.from(card?.querySelectorAll('a[href*="/sales/lead/"]') ?? [])) {
    const id = salesNavLeadIdFrom(link.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

export const salesNavLead: Strategy = {
  name: 'sales-nav',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const { root } = context;
    const name = findSalesNavName(root);
    if (!name) return {};
    const card = queryFirst(root, salesNav.leadCard);
    const headline = nearName(name, salesNav.headline, card);
    const role = currentRoleScope(leadScope(root, name, card));
    return {
      fullName: textOf(name),
      headline: textOf(headline),
      location: textOf(nearName(name, salesNav.location, card)) ?? locationAfterHeadline(headline),
      currentTitle: titleIn(role),
      currentCompany: textOf(queryFirst(role, salesNav.company)),
      photoUrl: photoOfImage(nearName(name, salesNav.photo, card)),
      publicIdentifier: leadIdentifier(root, card, name),
      salesNavLeadId: leadIdOfCard(card),
    };
  },
};
