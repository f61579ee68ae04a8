/**
 * The settings item as live state: follows every stored change (validated) — from this window,
 * another window or another device — and writes each edit at once (quota-checked). Edits not yet
 * saved stay on screen when an unrelated change arrives (see live-edits.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, type Settings, settingsItem, settingsSchema } from '@/lib/storage/preferences';
import { writeSyncItem } from '@/lib/storage/sync-writer';
import { followStoredValue } from '@/lib/storage/use-stored-value';
import {
  editFields,
  emptyLiveEdits,
  type LiveEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a change at once. */
  update: (patch: Partial<Settings>) => void;
  /** Reads the stored settings again (after a helper such as setApiKeySync wrote them). */
  reload: () => Promise<void>;
  /** Why the last write failed (e.g. the sync quota), in words; null when it worked. */
  error: string | null;
}

/** Current settings (null until read), kept up to date, and how to change them. */
export function useSettings(): SettingsState {
  const [live, setLive] = useState<LiveEdits<Settings>>(emptyLiveEdits);
  const [error, setError] = useState<string | null>(null);
  // The latest state for handlers that run between renders (two quick edits build on each other).
  const latest = useRef(live);
  const apply = (step: (prev: LiveEdits<Settings>) => LiveEdits<Settings>) => {
    latest.current = step(latest.current);
    setLive(latest.current);
  };

  useEffect(
    () =>
      followStoredValue(settingsItem, settingsSchema, defaultSettings, (value) =>
        apply((prev) => receiveStored(prev, value)),
      ),
    [],
  );
  const reload = async () => {
    const value = parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings);
    apply((prev) => receiveStored(prev, value));
  };
  const update = (patch: Partial<Settings>) => {
    apply((prev) => editFields(prev, patch));
    const next = shownValue(latest.current) ?? { ...defaultSettings, ...patch };
    writeSyncItem(settingsItem, next, 'settings')
      .then(() => {
        apply((prev) => settleWrite(prev, next));
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return { settings: shownValue(live), update, reload, error };
}
