/** The settings item as state: read once (validated), written on every change (quota-checked). */
import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, parseOr, type Settings, settingsItem, settingsSchema } from '@/lib/storage';
import { writeSyncItem } from '@/lib/storage/sync-writer';

export interface SettingsState {
  settings: Settings | null;
  /** Saves a change at once. */
  update: (patch: Partial<Settings>) => void;
  /** Reads the stored settings again (after a helper such as setApiKeySync wrote them). */
  reload: () => Promise<void>;
  /** Why the last write failed (e.g. the sync quota), in words; null when it worked. */
  error: string | null;
}

/** Current settings (null until read) and how to change them. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    setSettings(parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings));
  };
  useEffect(() => {
    void reload();
  }, []);
  const update = (patch: Partial<Settings>) => {
    const next = { ...(settings ?? defaultSettings), ...patch };
    setSettings(next);
    writeSyncItem(settingsItem, next, 'settings')
      .then(() => setError(null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return { settings, update, reload, error };
}
