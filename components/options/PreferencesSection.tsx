import { useEffect, useState } from 'preact/hooks';
import { duePickLabels, duePicks } from '@/lib/form/due-date';
import { sendMessage, type TeamMember } from '@/lib/messaging';
import { setApiKeySync } from '@/lib/storage/api-key';
import { cadencesItem, type Settings } from '@/lib/storage/preferences';
import { keyInIndexedDb } from '@/lib/storage/secret-store';
import { useStoredValue } from '@/lib/storage/use-stored-value';
import { initialCadenceList, storedCadencesSchema } from '@/lib/tasks/cadence-schema';
import { memberName } from '../task-form/OwnersPicker';
import { ReminderFields } from './ReminderFields';
import { ShortcutsLine } from './ShortcutsLine';
import { TaskTypeSelect } from './TaskTypeSelect';
import { TimeInput } from './TimeInput';

interface PreferencesSectionProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  reload: () => Promise<void>;
  saveError: string | null;
}

type Members =
  | { state: 'loading' }
  | { state: 'done'; members: TeamMember[] }
  | { state: 'error'; message: string };

const noCadencesRead = initialCadenceList();

/** What Alt+Shift+Q creates: the single default task, or a cadence (an id no longer listed counts as single). */
function QuickTaskField({ settings, update }: Pick<PreferencesSectionProps, 'settings' | 'update'>) {
  const { cadences } = useStoredValue(cadencesItem, storedCadencesSchema, noCadencesRead);
  const chosen = cadences.some((c) => c.id === settings.quickTaskCadenceId)
    ? settings.quickTaskCadenceId
    : null;
  return (
    <div class="sx-field">
      <label class="sx-label" for="sx-quick-task">
        Quick task (Alt+Shift+Q) creates
      </label>
      <select
        id="sx-quick-task"
        value={chosen ?? ''}
        onChange={(e) => update({ quickTaskCadenceId: e.currentTarget.value || null })}
      >
        <option value="">One task (the default type and due date)</option>
        {cadences.map((c) => (
          <option key={c.id} value={c.id}>
            Cadence: {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function useTeamMembers(): [Members, () => void] {
  const [members, setMembers] = useState<Members>({ state: 'loading' });
  const load = (refresh: boolean) => {
    setMembers({ state: 'loading' });
    sendMessage('listTeamMembers', { refresh })
      .then((r) =>
        setMembers(
          r.ok ? { state: 'done', members: r.members } : { state: 'error', message: r.error.message },
        ),
      )
      .catch((e: unknown) =>
        setMembers({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
  };
  useEffect(() => load(false), []);
  return [members, () => load(true)];
}

/** "This is me", default owners, task type, due pick and time, the on/off preferences, the reminder and shortcuts. */
export function PreferencesSection({ settings, update, reload, saveError }: PreferencesSectionProps) {
  const [members, reloadMembers] = useTeamMembers();
  const list = members.state === 'done' ? members.members : [];
  const toggleOwner = (id: string, on: boolean) =>
    update({
      defaultOwnerIds: on
        ? [...settings.defaultOwnerIds, id]
        : settings.defaultOwnerIds.filter((x) => x !== id),
    });

  return (
    <section class="sx-card" aria-labelledby="sx-prefs-title">
      <h2 id="sx-prefs-title">Task defaults</h2>
      {saveError && (
        <p class="sx-error" role="alert">
          Not saved: {saveError}
        </p>
      )}
      {members.state !== 'done' && (
        <p class={members.state === 'error' ? 'sx-error' : 'sx-hint'}>
          {members.state === 'loading'
            ? 'Loading team members…'
            : `Team members unavailable: ${members.message} `}
          {members.state === 'error' && (
            <button type="button" class="sx-button-link" onClick={reloadMembers}>
              Try again
            </button>
          )}
        </p>
      )}
      <div class="sx-field">
        <label class="sx-label" for="sx-me">
          This is me
        </label>
        <select
          id="sx-me"
          aria-describedby="sx-me-hint"
          value={settings.meTeamMemberId ?? ''}
          onChange={(e) => update({ meTeamMemberId: e.currentTarget.value || null })}
        >
          <option value="">Not chosen</option>
          {list.map((m) => (
            <option key={m.id} value={m.id}>
              {memberName(m, null)}
            </option>
          ))}
        </select>
        <p id="sx-me-hint" class="sx-hint">
          New tasks are yours unless you choose default owners below. Stardex does not say whose key this is,
          so the task form asks once while this is not chosen.
        </p>
      </div>
      <fieldset class="sx-field sx-fieldset">
        <legend class="sx-label">Default owners</legend>
        <p class="sx-hint">Used until you pick owners on a task; then the last used are suggested.</p>
        {list.map((m) => (
          <label key={m.id} class="sx-check">
            <input
              type="checkbox"
              checked={settings.defaultOwnerIds.includes(m.id)}
              onChange={(e) => toggleOwner(m.id, e.currentTarget.checked)}
            />
            <span dir="auto">{memberName(m, settings.meTeamMemberId)}</span>
          </label>
        ))}
      </fieldset>
      <div class="sx-grid-2">
        <div class="sx-field">
          <label class="sx-label" for="sx-default-type">
            Default task type
          </label>
          <TaskTypeSelect
            id="sx-default-type"
            value={settings.defaultTaskType}
            onChange={(defaultTaskType) => update({ defaultTaskType })}
          />
        </div>
        <div class="sx-field">
          <label class="sx-label" for="sx-default-pick">
            Default due pick
          </label>
          <select
            id="sx-default-pick"
            value={settings.defaultDuePick}
            onChange={(e) => update({ defaultDuePick: e.currentTarget.value as Settings['defaultDuePick'] })}
          >
            {duePicks.map((p) => (
              <option key={p} value={p}>
                {duePickLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <div class="sx-field">
          <label class="sx-label" for="sx-default-time">
            Default time
          </label>
          <TimeInput
            id="sx-default-time"
            value={settings.defaultDueTime}
            required
            onTime={(defaultDueTime) => update({ defaultDueTime })}
          />
        </div>
      </div>
      <QuickTaskField settings={settings} update={update} />
      <label class="sx-check">
        <input
          type="checkbox"
          checked={settings.addMissingPerson}
          onChange={(e) => update({ addMissingPerson: e.currentTarget.checked })}
        />
        Add the person to Stardex if missing
      </label>
      <label class="sx-check">
        <input
          type="checkbox"
          checked={settings.showPageButton}
          onChange={(e) => update({ showPageButton: e.currentTarget.checked })}
        />
        Show the button on LinkedIn profiles
      </label>
      {keyInIndexedDb ? (
        <p class="sx-hint">
          Firefox keeps the Stardex key on this computer only, out of reach of the scripts that run on web
          pages.
        </p>
      ) : (
        <>
          <label class="sx-check">
            <input
              type="checkbox"
              checked={settings.syncApiKey}
              aria-describedby="sx-sync-key-hint"
              // setApiKeySync stores the choice and moves the key between areas in one step.
              onChange={(e) => void setApiKeySync(e.currentTarget.checked).then(reload)}
            />
            Sync my Stardex key to my other Chrome devices
          </label>
          <p id="sx-sync-key-hint" class="sx-hint">
            When on, Chrome stores the key with your Google account and it works on every computer where you
            are signed in to Chrome; when off, it stays on this computer only.
          </p>
        </>
      )}
      <ReminderFields settings={settings} update={update} />
      <ShortcutsLine />
    </section>
  );
}
