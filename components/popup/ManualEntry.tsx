import { useState } from 'preact/hooks';
import { type FormPerson, personFromManualEntry } from '@/lib/form/person';

interface ManualEntryProps {
  reason: string;
  initialName: string;
  /** Prefilled for a right-clicked link whose name is not known. */
  initialUrl?: string;
  onPerson: (person: FormPerson) => void;
}

/** Not on a LinkedIn profile: a LinkedIn URL and a name lead into the same task form. */
export function ManualEntry({ reason, initialName, initialUrl = '', onPerson }: ManualEntryProps) {
  const [url, setUrl] = useState(initialUrl);
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<{ field: 'url' | 'name'; message: string } | null>(null);
  return (
    <form
      class="sx-form"
      noValidate
      aria-labelledby="sx-manual-title"
      onSubmit={(e) => {
        e.preventDefault();
        const result = personFromManualEntry(url, name);
        if (result.ok) onPerson(result.person);
        else {
          setError({ field: result.field, message: result.message });
          document.getElementById(result.field === 'url' ? 'sx-manual-url' : 'sx-manual-name')?.focus();
        }
      }}
    >
      <h1 id="sx-manual-title" class="sx-header-name">
        {initialUrl ? 'Who is this task for?' : 'Not on a LinkedIn profile'}
      </h1>
      <p class="sx-hint">{initialUrl ? reason : `${reason} Enter the person to create a task anyway.`}</p>
      <div class="sx-field">
        <label class="sx-label" for="sx-manual-url">
          LinkedIn profile URL
        </label>
        <input
          id="sx-manual-url"
          class="sx-input"
          type="url"
          inputMode="url"
          placeholder="linkedin.com/in/their-name"
          value={url}
          aria-invalid={error?.field === 'url' ? true : undefined}
          aria-describedby={error?.field === 'url' ? 'sx-manual-error' : undefined}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="sx-field">
        <label class="sx-label" for="sx-manual-name">
          Name
        </label>
        <input
          id="sx-manual-name"
          class="sx-input"
          type="text"
          dir="auto"
          value={name}
          aria-invalid={error?.field === 'name' ? true : undefined}
          aria-describedby={error?.field === 'name' ? 'sx-manual-error' : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p id="sx-manual-error" class="sx-error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" class="sx-button sx-button-primary">
        Continue
      </button>
    </form>
  );
}
