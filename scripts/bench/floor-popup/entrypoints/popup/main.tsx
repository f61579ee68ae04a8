/**
 * The floor popup: asks the `?tab=` tab for the profile and renders a five-field form with it,
 * marking `form-ready` (and `body[data-ready]`) the way the real popup does.
 */
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReadResult } from '../../../../../lib/profile/profile-schema';

interface Shown {
  name: string;
  headline: string;
}

async function askProfile(): Promise<Shown | null> {
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  const answer = (await browser.tabs.sendMessage(tabId, { type: 'readProfile' })) as ReadResult | undefined;
  return answer?.kind === 'profile' ? { name: answer.fullName, headline: answer.headline ?? '' } : null;
}

function markReady() {
  document.body.dataset.ready = 'true';
  performance.mark('form-ready');
}

function Form({ profile }: { profile: Shown }) {
  useLayoutEffect(markReady, []);
  return (
    <form>
      <h1>{profile.name}</h1>
      <p>{profile.headline}</p>
      <label>
        Name <input name="name" value={profile.name} />
      </label>
      <label>
        Task type
        <select name="taskType">
          <option>Call</option>
          <option>Email</option>
          <option>Follow up</option>
        </select>
      </label>
      <label>
        Due <input name="due" type="date" />
      </label>
      <label>
        Owners <input name="owners" />
      </label>
      <label>
        Task text <textarea name="text" rows={3} />
      </label>
      <button type="submit">Add task</button>
    </form>
  );
}

function App({ load }: { load: Promise<Shown | null> }) {
  const [profile, setProfile] = useState<Shown | null | undefined>(undefined);
  useLayoutEffect(() => {
    void load.then(setProfile, () => setProfile(null));
  }, [load]);
  if (profile === undefined) return <p>Loading…</p>;
  if (profile === null) return <p>Not a profile.</p>;
  return <Form profile={profile} />;
}

render(<App load={askProfile()} />, document.getElementById('app') as HTMLElement);
