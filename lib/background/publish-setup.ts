/**
 * Keeps `local:setupState` (lib/storage/shared-state.ts) equal to what `getSetupState` answers,
 * so the popup shows its form without waiting for a stopped worker. Run at every worker start and
 * on every key or URL change; written only when it differs, since a write wakes every page's
 * storage watchers and a worker starts many times a day.
 */
import type { SetupState } from '@/lib/messaging';
import { setupStateItem } from '@/lib/storage/shared-state';

export async function publishSetupState(current: () => Promise<SetupState>): Promise<boolean> {
  const [state, stored] = await Promise.all([current(), setupStateItem.getValue()]);
  if (
    stored?.hasApiKey === state.hasApiKey &&
    stored.baseUrl === state.baseUrl &&
    stored.usingSandbox === state.usingSandbox
  )
    return false;
  await setupStateItem.setValue(state);
  return true;
}
