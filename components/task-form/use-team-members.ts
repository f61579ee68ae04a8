/** The team members, asked of the background once per form (owners, "This is me"). */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import type { MembersState } from './OwnersPicker';

export function useTeamMembers(): MembersState {
  const [members, setMembers] = useState<MembersState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    sendMessage('listTeamMembers', {})
      .then(
        (result) =>
          live &&
          setMembers(
            result.ok
              ? { state: 'done', members: result.members }
              : { state: 'error', message: result.error.message },
          ),
      )
      .catch(
        (e: unknown) =>
          live && setMembers({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return members;
}
