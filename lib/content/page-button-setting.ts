/**
 * The one setting the content script needs: `showPageButton` of `sync:settings` (declared in
 * lib/storage.ts as `settingsItem`). Read here without that module: its zod schemas would add
 * ~20 KB gzipped to the bundle that loads on every LinkedIn page. Read-only; every stored
 * version has the field, and anything but an explicit `false` means "show" (its default).
 * page-button-setting.test.ts checks this agrees with `settingsItem`.
 */
import { storage } from '#imports';

/** Same key as `settingsItem` in lib/storage.ts. */
export const SETTINGS_KEY = 'sync:settings';

function showsButton(stored: unknown): boolean {
  return !(
    typeof stored === 'object' &&
    stored !== null &&
    'showPageButton' in stored &&
    stored.showPageButton === false
  );
}

/** Whether the page button is on. */
export async function isPageButtonEnabled(): Promise<boolean> {
  return showsButton(await storage.getItem<unknown>(SETTINGS_KEY));
}

/** Calls `onChange` when the setting flips; stops when `signal` aborts. */
export function watchPageButtonSetting(onChange: (enabled: boolean) => void, signal: AbortSignal): void {
  const unwatch = storage.watch<unknown>(SETTINGS_KEY, (next, previous) => {
    const enabled = showsButton(next);
    if (enabled !== showsButton(previous)) onChange(enabled);
  });
  signal.addEventListener('abort', unwatch, { once: true });
}
