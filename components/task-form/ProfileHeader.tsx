import { useState } from 'preact/hooks';
import type { FormPerson } from '@/lib/form/person';
import type { PersonLookup } from '@/lib/messaging';

export type LookupState =
  | { state: 'loading' }
  | { state: 'done'; result: PersonLookup }
  | { state: 'error'; message: string };

interface ProfileHeaderProps {
  person: FormPerson;
  lookup: LookupState;
  /** Settings' "Add the person to Stardex if missing". */
  addMissingPerson: boolean;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return `${parts[0]?.[0] ?? ''}${parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

function lookupText(lookup: LookupState, addMissing: boolean): { text: string; tone?: 'success' } {
  if (lookup.state === 'loading') return { text: 'Checking Stardex…' };
  if (lookup.state === 'error') return { text: `Stardex check failed: ${lookup.message}` };
  const { result } = lookup;
  if (!result.ok) return { text: `Stardex check failed: ${result.error.message}` };
  if (result.person) return { text: 'In Stardex', tone: 'success' };
  return { text: addMissing ? 'Will be added to Stardex' : 'Not in Stardex' };
}

/** Photo, name, headline/company and whether the person is already in Stardex. */
export function ProfileHeader({ person, lookup, addMissingPerson }: ProfileHeaderProps) {
  const [photoFailed, setPhotoFailed] = useState(false);
  const sub = person.headline ?? [person.currentTitle, person.currentCompany].filter(Boolean).join(' · ');
  const status = lookupText(lookup, addMissingPerson);
  return (
    <header class="sx-header">
      {person.photoUrl && !photoFailed ? (
        <img
          class="sx-avatar"
          src={person.photoUrl}
          alt=""
          width={40}
          height={40}
          referrerpolicy="no-referrer"
          onError={() => setPhotoFailed(true)}
        />
      ) : (
        <span class="sx-avatar" aria-hidden="true">
          {initials(person.fullName)}
        </span>
      )}
      <div style={{ minWidth: 0 }}>
        <h1 class="sx-header-name sx-ellipsis" dir="auto" title={person.fullName}>
          {person.fullName}
        </h1>
        <p class="sx-header-line sx-ellipsis" dir="auto" title={sub || undefined}>
          {sub}
        </p>
        <p class="sx-header-line sx-ellipsis" aria-live="polite">
          <span class="sx-badge" data-tone={status.tone}>
            {status.text}
          </span>
        </p>
      </div>
    </header>
  );
}
