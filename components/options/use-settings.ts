/** The settings item as state: read once (validated), written on every change. */
import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, parseOr, type Settings, settingsItem, settingsSchema } from '@/lib/storage';

/** Current settings (null until read) and a function that saves a change at once. */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((raw) => setSettings(parseOr(settingsSchema, raw, defaultSettings)));
  }, []);
  const update = (patch: Partial<Settings>) => {
    setSettings((current) => {
      const next = { ...(current ?? defaultSettings), ...patch };
      void settingsItem.setValue(next);
      return next;
    });
  };
  return [settings, update];
}
