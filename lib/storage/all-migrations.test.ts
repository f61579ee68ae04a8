import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsV1DamagedFixture, settingsV1Fixture } from '@/tests/support/storage-fixtures/settings-v1';
import { settingsV2Fixture } from '@/tests/support/storage-fixtures/settings-v2';
import { settingsV3Fixture } from '@/tests/support/storage-fixtures/settings-v3';
import {
  migrateSettingsV1ToV2,
  SETTINGS_VERSION,
  settingsMigrations,
  settingsSchema,
} from './settings-migrations';

/** One saved value per version; index = version. Add the next fixture when adding a version. */
const fixtures: Record<number, unknown> = {
  1: settingsV1Fixture,
  2: settingsV2Fixture,
  3: settingsV3Fixture,
};

function runSteps(value: unknown, from: number): unknown {
  let current = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = settingsMigrations[version];
    if (!step) throw new Error(`no migration to v${version}`);
    current = step(current);
  }
  return current;
}

describe('settings migrations', () => {
  it('has a fixture and a step for every version', () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) expect(fixtures[version]).toBeDefined();
    for (let version = 2; version <= SETTINGS_VERSION; version++)
      expect(settingsMigrations[version]).toBeTypeOf('function');
  });

  for (let from = 1; from < SETTINGS_VERSION; from++) {
    it(`migrates the v${from} fixture to the current version's fixture`, () => {
      const migrated = runSteps(structuredClone(fixtures[from]), from);
      expect(settingsSchema.parse(migrated)).toStrictEqual(fixtures[SETTINGS_VERSION]);
      expect(migrated).toStrictEqual(fixtures[SETTINGS_VERSION]);
    });

    it(`migrates v${from} → v${from + 1} to a value that parses as v${from + 1}`, () => {
      const step = settingsMigrations[from + 1];
      const next = step?.(structuredClone(fixtures[from]));
      expect(next).toStrictEqual(fixtures[from + 1]);
    });
  }

  it('the current fixture is a valid current value', () => {
    expect(settingsSchema.parse(fixtures[SETTINGS_VERSION])).toStrictEqual(fixtures[SETTINGS_VERSION]);
  });

  it('repairs damaged v1 fields instead of dropping the whole value', () => {
    const v2 = migrateSettingsV1ToV2(settingsV1DamagedFixture);
    expect(v2.defaultDueTime).toBe('09:00');
    expect(v2.dailyReminder).toStrictEqual({ enabled: false, time: '09:00' });
    expect(v2).not.toHaveProperty('legacyTheme');
    expect(settingsSchema.safeParse(v2).success).toBe(true);
  });

  it('leaves a value already in the v2 shape as it is (idempotent)', () => {
    const v2 = { ...settingsV2Fixture, syncApiKey: true, dailyReminder: { enabled: true, time: '17:45' } };
    expect(migrateSettingsV1ToV2(structuredClone(v2))).toStrictEqual(v2);
  });

  it('turns a non-object v1 value into defaults', () => {
    expect(settingsSchema.parse(migrateSettingsV1ToV2('garbage'))).toStrictEqual(settingsSchema.parse({}));
  });
});

describe('settingsItem migrates stored values through WXT', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  for (let from = 1; from < SETTINGS_VERSION; from++) {
    it(`reads a stored v${from} value as the current shape and records the version`, async () => {
      const key = 'settings';
      await fakeBrowser.storage.sync.set({
        [key]: structuredClone(fixtures[from]),
        ...(from > 1 ? { [`${key}$`]: { v: from } } : {}),
      });
      // A fresh module instance, as after an update: defineItem runs the migrations on load.
      vi.resetModules();
      const { settingsItem } = await import('@/lib/storage/preferences');
      expect(await settingsItem.getValue()).toStrictEqual(fixtures[SETTINGS_VERSION]);
      expect(await settingsItem.getMeta()).toStrictEqual({ v: SETTINGS_VERSION });
    });
  }

  it('marks a fresh install at the current version on first write', async () => {
    vi.resetModules();
    const { settingsItem, defaultSettings } = await import('@/lib/storage/preferences');
    await settingsItem.setValue(defaultSettings);
    expect(await fakeBrowser.storage.sync.get('settings$')).toStrictEqual({
      settings$: { v: SETTINGS_VERSION },
    });
  });
});
