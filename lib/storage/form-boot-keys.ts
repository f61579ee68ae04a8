/**
 * The storage keys the form's first screen reads (loadFormBoot in components/task-form/
 * form-store.ts), as plain strings: popup-boot.js starts that read before the items' modules and
 * their schemas have loaded (lib/pages/early-reads.ts). The items themselves are declared in
 * preferences.ts, page-data.ts and shared-state.ts; form-boot-keys.test.ts pins each key here to
 * its item, so a renamed item cannot leave this list behind.
 */
import { browser } from 'wxt/browser';

export const formBootKeys = {
  settings: 'sync:settings',
  /** WXT's version marker of `sync:settings`: whether the stored settings need migrating. */
  settingsMeta: 'sync:settings$',
  lastUsed: 'sync:lastUsed',
  templates: 'sync:templates',
  cadences: 'sync:cadences',
  drafts: 'local:drafts',
  setupState: 'local:setupState',
  formLayout: 'local:formLayout',
} as const;

export type FormBootValues = { -readonly [name in keyof typeof formBootKeys]: unknown };

/** What an area's `get` of the boot keys gave, by name; a failed area reads as nothing stored. */
async function readArea(area: 'local' | 'sync', out: Partial<FormBootValues>): Promise<void> {
  const names = (Object.keys(formBootKeys) as (keyof FormBootValues)[]).filter((name) =>
    formBootKeys[name].startsWith(`${area}:`),
  );
  const keyOf = (name: keyof FormBootValues) => formBootKeys[name].slice(area.length + 1);
  const stored = await browser.storage[area].get(names.map(keyOf)).catch(() => ({}));
  for (const name of names) out[name] = (stored as Record<string, unknown>)[keyOf(name)] ?? null;
}

/** The raw stored values of the boot keys (null where absent): one `get` per area, in parallel. */
export async function readFormBootValues(): Promise<FormBootValues> {
  const out: Partial<FormBootValues> = {};
  await Promise.all([readArea('local', out), readArea('sync', out)]);
  return out as FormBootValues;
}
