/**
 * What the form fetches from Stardex (through the background) when it opens: whether the person
 * is in Stardex, their open tasks, and the team members. Started together, shown as they arrive.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type OpenTask, sendMessage } from '@/lib/messaging';
import type { LookupState } from './ProfileHeader';
import { useTeamMembers } from './use-team-members';
import type { OpenTasksState } from './WorkTasks';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Looks the person up, lists their open tasks and the team members, once per profile URL.
 * `noteCreated` takes tasks just created: they join the open list here (no request), and the
 * person's state is asked again (the background has them cached by now); what is shown stays
 * until the new answer arrives, so nothing flickers.
 */
export function usePersonData(profileUrl: string) {
  const [lookup, setLookup] = useState<LookupState>({ state: 'loading' });
  const [openTasks, setOpenTasks] = useState<OpenTasksState>({ state: 'loading' });
  const members = useTeamMembers();
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    if (round === 0) {
      setLookup({ state: 'loading' });
      setOpenTasks({ state: 'loading' });
    }
    sendMessage('lookupPerson', { profileUrl })
      .then((result) => live && setLookup({ state: 'done', result }))
      .catch((e: unknown) => live && setLookup({ state: 'error', message: reason(e) }));
    return () => {
      live = false;
    };
  }, [profileUrl, round]);

  useEffect(() => {
    let live = true;
    sendMessage('listOpenTasks', { profileUrl })
      .then(
        (result) =>
          live &&
          setOpenTasks(
            result.ok
              ? { state: 'done', tasks: result.tasks }
              : { state: 'error', message: result.error.message },
          ),
      )
      .catch((e: unknown) => live && setOpenTasks({ state: 'error', message: reason(e) }));
    return () => {
      live = false;
    };
  }, [profileUrl]);

  const noteCreated = useCallback((tasks: OpenTask[]) => {
    if (tasks.length === 0) return;
    setRound((n) => n + 1);
    setOpenTasks((open) =>
      open.state === 'done' ? { state: 'done', tasks: [...tasks, ...open.tasks] } : open,
    );
  }, []);
  return { lookup, openTasks, members, noteCreated };
}
