/**
 * A stand-in for the profile reader in content-script tests: the "top card" is
 * `<section id="card" data-id="<publicIdentifier>"><h1>Name</h1></section>`, nothing else counts.
 */

import type { ProfileProbe } from '@/lib/content/profile-tracker';
import type { Profile, ReadResult } from '@/lib/profile/profile-schema';
import { expectedProfile } from '@/tests/support/expected-profile';

/** A complete profile object with only the given fields set (the reader tests' builder). */
export function fakeProfile(fields: Partial<Profile> & { fullName: string }): Profile {
  const { pageKind = 'in-profile', sources = {}, kind: _kind, ...rest } = fields;
  return expectedProfile(pageKind, rest, sources);
}

export const testProbe: ProfileProbe = (doc) => {
  const card = doc.querySelector('#card');
  const name = card?.querySelector('h1')?.textContent?.trim();
  const result: ReadResult =
    card && name
      ? fakeProfile({ fullName: name, publicIdentifier: card.getAttribute('data-id') })
      : { kind: 'not-a-profile', reason: 'no top card' };
  return { result, signature: card ? `${card.getAttribute('data-id')}|${card.textContent?.trim()}` : null };
};

/** Replaces the page's top card (or removes it when `id` is null), as LinkedIn does on navigation. */
export function showCard(doc: Document, id: string | null, name = `Person ${id}`): void {
  doc.querySelector('#card')?.remove();
  if (id === null) return;
  const card = doc.createElement('section');
  card.id = 'card';
  card.setAttribute('data-id', id);
  const h1 = doc.createElement('h1');
  h1.textContent = name;
  card.append(h1);
  (doc.querySelector('main') ?? doc.body).append(card);
}
