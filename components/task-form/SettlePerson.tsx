import { useRef, useState } from 'preact/hooks';
import { checkPastedProfileUrl, type FormPerson, personWithUrl } from '@/lib/form/person';
import { type PersonCandidate, sendMessage } from '@/lib/messaging';
import type { Profile } from '@/lib/profile/profile-schema';

interface SettlePersonProps {
  /** The page's person, read without a public profile link (a Sales Navigator lead, mostly). */
  profile: Profile;
  idPrefix?: string;
  onPerson: (person: FormPerson) => void;
}

type Search =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; people: PersonCandidate[] }
  | { state: 'error'; message: string };

/**
 * Who is this in Stardex? Stardex keys people by their public `/in/` URL, which lead pages
 * rarely show. The recruiter either picks one of the Stardex people of that name (one search,
 * only when they ask for it) or pastes the URL; the task form opens once the person is settled,
 * so no task can be queued against a Sales Navigator link or a guess.
 */
export function SettlePerson({ profile, idPrefix = 'sx', onPerson }: SettlePersonProps) {
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const ids = (name: string) => `${idPrefix}-settle-${name}`;
  const sub = profile.headline ?? [profile.currentTitle, profile.currentCompany].filter(Boolean).join(' · ');

  const find = () => {
    if (inFlight.current) return; // a double click sends one search
    inFlight.current = true;
    setSearch({ state: 'searching' });
    sendMessage('findPeople', { name: profile.fullName.slice(0, 300), company: profile.currentCompany })
      .then((result) =>
        setSearch(
          result.ok
            ? { state: 'done', people: result.people }
            : { state: 'error', message: result.error.message },
        ),
      )
      .catch((error: unknown) =>
        setSearch({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        inFlight.current = false;
      });
  };

  const useUrl = (event: Event) => {
    event.preventDefault();
    const checked = checkPastedProfileUrl(url);
    if (checked.ok) onPerson(personWithUrl(profile, checked.profileUrl));
    else setUrlError(checked.message);
  };

  return (
    <section class="sx-form" aria-labelledby={ids('title')}>
      <header>
        <h1 id={ids('title')} class="sx-header-name sx-ellipsis" dir="auto" title={profile.fullName}>
          {profile.fullName}
        </h1>
        {sub && (
          <p class="sx-header-line sx-ellipsis" dir="auto">
            {sub}
          </p>
        )}
      </header>
      <p class="sx-hint">
        This page does not show the person’s LinkedIn profile link, which Stardex matches people by. Choose
        them in Stardex, or paste their profile URL.
      </p>
      {search.state !== 'done' && (
        <button type="button" class="sx-button" onClick={find} aria-busy={search.state === 'searching'}>
          {search.state === 'searching' ? 'Searching Stardex…' : 'Find in Stardex by name'}
        </button>
      )}
      {search.state === 'error' && (
        <p class="sx-error" role="alert">
          Stardex search failed: {search.message}
        </p>
      )}
      {search.state === 'done' && <Candidates people={search.people} profile={profile} onPerson={onPerson} />}
      <form class="sx-field" noValidate onSubmit={useUrl}>
        <label class="sx-label" for={ids('url')}>
          LinkedIn profile URL
        </label>
        <input
          id={ids('url')}
          class="sx-input"
          type="url"
          inputMode="url"
          placeholder="linkedin.com/in/their-name"
          value={url}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? ids('url-error') : undefined}
          onInput={(e) => {
            setUrl(e.currentTarget.value);
            setUrlError(null);
          }}
        />
        {urlError && (
          <p id={ids('url-error')} class="sx-error" role="alert">
            {urlError}
          </p>
        )}
        <button type="submit" class="sx-button sx-button-primary">
          Use this URL
        </button>
      </form>
    </section>
  );
}

function Candidates({
  people,
  profile,
  onPerson,
}: {
  people: PersonCandidate[];
  profile: Profile;
  onPerson: (person: FormPerson) => void;
}) {
  if (people.length === 0)
    return <p class="sx-hint">No one of that name in Stardex yet: paste their profile URL to add them.</p>;
  return (
    <ul class="sx-candidates" aria-label="Stardex people of that name">
      {people.map((person) => (
        <li key={person.id}>
          <div style={{ minWidth: 0 }}>
            <p class="sx-ellipsis" dir="auto">
              {person.name} {person.sameCompany && <span class="sx-badge">Same company</span>}
            </p>
            <p class="sx-header-line sx-ellipsis" dir="auto">
              {[person.title, person.company].filter(Boolean).join(' · ') ||
                (person.profileUrl ?? 'No LinkedIn URL in Stardex')}
            </p>
          </div>
          {person.profileUrl ? (
            <button
              type="button"
              class="sx-button"
              aria-label={`Choose ${person.name}`}
              onClick={() => person.profileUrl && onPerson(personWithUrl(profile, person.profileUrl))}
            >
              Choose
            </button>
          ) : (
            <span class="sx-hint">No LinkedIn URL</span>
          )}
        </li>
      ))}
    </ul>
  );
}
