/**
 * Strategies "meta-tags" and "json-ld": the head of signed-out pages. `profile:first_name` /
 * `last_name` and `og:image`; the JSON-LD `Person` whose `url` is this page's profile (the same
 * graph also holds article authors), with `jobTitle[]` and `worksFor[]` listing current first.
 */
import { normalizeProfileUrl, publicIdentifierFrom } from '../linkedin-url';
import { realPhotoUrl } from '../photo';
import { meta, queryFirst } from '../selectors';
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { attributeOf, cleanText } from '../text';

export const metaTags: Strategy = {
  name: 'meta-tags',
  read(context: ReadContext): FieldValues {
    const { root } = context;
    return {
      firstName: attributeOf(queryFirst(root, meta.firstName), 'content'),
      lastName: attributeOf(queryFirst(root, meta.lastName), 'content'),
      photoUrl: realPhotoUrl(attributeOf(queryFirst(root, meta.ogImage), 'content')),
    };
  },
};

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
  return typeof first === 'string' ? cleanText(first) : null;
}

function nameOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find(isObject) : value;
  return isObject(first) ? cleanText(typeof first.name === 'string' ? first.name : null) : null;
}

function personsIn(script: Element): JsonObject[] {
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch {
    return [];
  }
  const nodes = isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  return nodes.filter((node): node is JsonObject => isObject(node) && node['@type'] === 'Person');
}

/** The Person describing the profile itself: the one with a job title or an address. */
function profilePerson(root: ParentNode): JsonObject | null {
  for (const script of Array.from(root.querySelectorAll(meta.jsonLd[0]))) {
    for (const person of personsIn(script)) {
      const url = typeof person.url === 'string' ? normalizeProfileUrl(person.url) : null;
      if (url && ('jobTitle' in person || 'address' in person || 'worksFor' in person)) return person;
    }
  }
  return null;
}

export const jsonLd: Strategy = {
  name: 'json-ld',
  read(context: ReadContext): FieldValues {
    const person = profilePerson(context.root);
    if (!person) return {};
    const address = isObject(person.address) ? person.address : {};
    const image = isObject(person.image) ? person.image.contentUrl : null;
    return {
      fullName: cleanText(typeof person.name === 'string' ? person.name : null),
      currentTitle: firstString(person.jobTitle),
      currentCompany: nameOf(person.worksFor),
      location: cleanText(typeof address.addressLocality === 'string' ? address.addressLocality : null),
      photoUrl: realPhotoUrl(typeof image === 'string' ? image : null),
      publicIdentifier: typeof person.url === 'string' ? publicIdentifierFrom(person.url) : null,
    };
  },
};
