/**
 * Strategies for the older Sales Navigator lead page (Ember, 2019–2021, `/sales/people/<id>,…`):
 * "sales-nav-ember" reads its `profile-topcard` classes; "sales-nav-json" reads the hidden `<code>`
 * JSON, trusted only for the entity whose `entityUrn` holds the lead id of the page URL (the
 * first block describes the viewer, later ones similar leads). The JSON is where such a page
 * keeps the lead's public profile URL (`flagshipProfileUrl`).
 */
import { publicIdentifierFrom, salesNavLeadIdFrom } from '../linkedin-url';
import { photoOfImage } from '../photo';
import { queryFirst, salesNavEmber } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText, textOf } from '../text';
import { isObject, type JsonObject } from './voyager-json';

/** The lead's name in an Ember lead top card, or null. */
export function findSalesNavEmberName(root: ParentNode): Element | null {
  for (const element of Array.from(root.querySelectorAll(salesNavEmber.name[0]))) {
    if (!element.closest('aside, header, nav, li')) return element;
  }
  return null;
}

export const salesNavEmberTopCard: Strategy = {
  name: 'sales-nav-ember',
  readsTopCard: true,
  read(context: ReadContext): FieldValues {
    const name = findSalesNavEmberName(context.root);
    if (!name) return {};
    // <dt>name</dt><dd>headline</dd><dd>location · connections</dd>
    const headline = name.closest('dt')?.nextElementSibling;
    const position = queryFirst(context.root, salesNavEmber.currentPosition);
    const company = Array.from(position?.querySelectorAll('a[href*="/sales/company/"]') ?? []).find((a) =>
      textOf(a),
    );
    return {
      fullName: textOf(name),
      headline: headline?.tagName === 'DD' ? textOf(headline) : null,
      location: textOf(queryFirst(context.root, salesNavEmber.location)),
      currentTitle: textOf(queryFirst(context.root, salesNavEmber.currentTitle)),
      currentCompany: textOf(company),
      photoUrl: photoOfImage(queryFirst(context.root, salesNavEmber.photo)),
    };
  },
};

const text = (value: unknown) => (typeof value === 'string' ? cleanText(value) : null);

/** The lead's entity in the page's `<code>` JSON, parsing only blocks that name the lead id. */
function leadEntity(root: ParentNode, leadId: string): JsonObject | null {
  const needle = `fs_salesProfile:(${leadId},`;
  for (const code of Array.from(root.querySelectorAll('code'))) {
    const raw = code.textContent ?? '';
    if (!raw.includes(needle)) continue;
    try {
      const data: unknown = JSON.parse(raw);
      const candidates = isObject(data) ? [data, ...(Array.isArray(data.included) ? data.included : [])] : [];
      const found = candidates.find(
        (item) => isObject(item) && String(item.entityUrn ?? '').includes(needle),
      );
      if (isObject(found)) return found;
    } catch {}
  }
  return null;
}

export const salesNavJson: Strategy = {
  name: 'sales-nav-json',
  read(context: ReadContext): FieldValues {
    const leadId = context.url ? salesNavLeadIdFrom(context.url) : null;
    const lead = leadId ? leadEntity(context.root, leadId) : null;
    if (!lead) return {};
    const position =
      isObject(lead.defaultPosition) && lead.defaultPosition.current ? lead.defaultPosition : {};
    const member = text(lead.objectUrn);
    return {
      fullName: text(lead.fullName),
      firstName: text(lead.firstName),
      lastName: text(lead.lastName),
      headline: text(lead.headline),
      location: text(lead.location),
      currentTitle: text(position.title),
      currentCompany: text(position.companyName),
      publicIdentifier: publicIdentifierFrom(text(lead.flagshipProfileUrl) ?? ''),
      memberUrn: member && /^urn:li:member:\d+$/.test(member) ? member : null,
    };
  },
};
