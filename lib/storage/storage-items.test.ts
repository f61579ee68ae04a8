import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dueTodaySchema, emptyDueToday, personNamesSchema } from '@/lib/due-today/due-today-schema';
import * as backgroundData from '@/lib/storage/background-data';
import * as connection from '@/lib/storage/connection';
import * as pageData from '@/lib/storage/page-data';
import { parseOr } from '@/lib/storage/parse-or';
import * as preferences from '@/lib/storage/preferences';
import * as sharedState from '@/lib/storage/shared-state';

/** The modules that declare storage items, one per owner (README.md in this folder). */
const stored = { ...preferences, ...connection, ...pageData, ...backgroundData, ...sharedState };

beforeEach(() => {
  fakeBrowser.reset();
});

/** Every item, the area it must be in, and why (settings in sync, secrets and caches local). */
const expectedAreas: Record<string, 'sync' | 'local'> = {
  settingsItem: 'sync',
  cadencesItem: 'sync',
  templatesItem: 'sync',
  lastUsedItem: 'sync',
  apiKeyItem: 'local',
  syncedApiKeyItem: 'sync',
  apiBaseUrlItem: 'local',
  outboxItem: 'local',
  personCacheItem: 'local',
  draftsItem: 'local',
  formLayoutItem: 'local',
  dueTodayItem: 'local',
  personNamesItem: 'local',
  rateLimitStateItem: 'local',
  teamMembersCacheItem: 'local',
  readerMissesItem: 'local',
  setupStateItem: 'local',
  workedTasksItem: 'local',
  focusTaskItem: 'local',
  syncedWorkedTasksItem: 'sync',
};

interface AnyItem {
  key: string;
  fallback: unknown;
  getValue(): Promise<unknown>;
}
const isItem = (value: unknown): value is AnyItem =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
const items = (Object.entries(stored) as [string, unknown][]).filter(
  (entry): entry is [string, AnyItem] => entry[0].endsWith('Item') && isItem(entry[1]),
);

describe('storage items', () => {
  it('every declared item has a deliberate area', () => {
    for (const [name, item] of items) {
      expect(expectedAreas[name], `${name} needs an entry in expectedAreas`).toBeDefined();
      expect(item.key.split(':')[0], name).toBe(expectedAreas[name]);
    }
  });

  it('only the synced API key item holds a secret in sync, and only by opt-in', () => {
    const syncKeys = items.filter(([, item]) => item.key.startsWith('sync:')).map(([, item]) => item.key);
    expect(syncKeys.filter((key) => /key/i.test(key))).toStrictEqual(['sync:apiKey']);
  });

  it('returns its fallback when nothing is stored', async () => {
    for (const [name, item] of items) {
      expect(await item.getValue(), name).toStrictEqual(item.fallback);
    }
  });

  it('fallbacks are valid values of their schemas', () => {
    expect(stored.settingsSchema.parse(stored.settingsItem.fallback)).toStrictEqual(stored.defaultSettings);
    expect(stored.templatesSchema.parse(stored.templatesItem.fallback)).toStrictEqual({});
    expect(stored.lastUsedSchema.parse(stored.lastUsedItem.fallback)).toStrictEqual({
      taskType: null,
      ownerIds: null,
    });
    expect(stored.outboxListSchema.parse(stored.outboxItem.fallback)).toStrictEqual([]);
    expect(dueTodaySchema().parse(sharedState.dueTodayItem.fallback)).toStrictEqual(emptyDueToday);
    expect(personNamesSchema().parse(stored.personNamesItem.fallback)).toStrictEqual({});
  });

  it('parseOr keeps valid values, fills defaults, and falls back on garbage', () => {
    const partial = parseOr(stored.settingsSchema, { defaultDueTime: '10:30' }, stored.defaultSettings);
    expect(partial).toStrictEqual({ ...stored.defaultSettings, defaultDueTime: '10:30' });
    expect(parseOr(stored.settingsSchema, { defaultDueTime: 'noon' }, stored.defaultSettings)).toBe(
      stored.defaultSettings,
    );
    expect(parseOr(dueTodaySchema(), 'nonsense', emptyDueToday)).toBe(emptyDueToday);
  });

  it('defaults keep the daily reminder off and the key local', () => {
    expect(stored.defaultSettings.dailyReminder).toStrictEqual({ enabled: false, time: '09:00' });
    expect(stored.defaultSettings.syncApiKey).toBe(false);
  });

  it('a change written elsewhere (another device or window) reaches watchers', async () => {
    const seen = vi.fn();
    const unwatch = stored.settingsItem.watch(seen);
    await fakeBrowser.storage.sync.set({ settings: { ...stored.defaultSettings, defaultTaskType: 'call' } });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith(
        expect.objectContaining({ defaultTaskType: 'call' }),
        expect.anything(),
      ),
    );
    unwatch();
  });
});

describe('one home for storage items', () => {
  it('items are declared only in the owner modules of lib/storage/', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const owners = [
      'preferences.ts',
      'connection.ts',
      'page-data.ts',
      'background-data.ts',
      'shared-state.ts',
    ].map((f) => join('lib', 'storage', f));
    const declaring: string[] = [];
    const callingWxt: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          const source = readFileSync(path, 'utf8');
          if (/storage\.defineItem\s*[<(]/.test(source)) callingWxt.push(path);
          else if (/defineItem\s*[<(]/.test(source)) declaring.push(path);
        }
      }
    };
    for (const dir of ['lib', 'components', 'entrypoints']) walk(dir);
    expect(declaring.sort()).toEqual(owners.sort());
    // The owners declare through define-item.ts, the one caller of WXT's own defineItem.
    expect(callingWxt).toEqual([join('lib', 'storage', 'define-item.ts')]);
  });
});
