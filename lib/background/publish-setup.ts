/**
 * Keeps `local:setupState` (lib/storage/shared-state.ts) equal to what `getSetupState` answers,
 * so the popup shows its form without waiting for a stopped worker. Run at every worker start and
 * on every key or URL change; written only when it differs, since a write wakes every page's
 * storage watchers and a worker starts many times a day.
 */
import type { SetupState } from '@/lib/messaging';
import { setupStateItem } from '@/lib/storage/shared-state';

/** Every field of `state` stored with the same value (the state is flat), a field added later too. */
const isStored = (stored: SetupState | null, state: SetupState) =>
  stored !== null && (Object.keys(state) as (keyof SetupState)[]).every((key) => stored[key] === state[key]);

export async function publishSetupState(current: () => Promise<SetupState>): Promise<boolean> {
  const [state, stored] = await Promise.all([current(), setupStateItem.getValue()]);
  if (isStored(stored, state)) return false;
  await setupStateItem.setValue(state);
  return true;
}
