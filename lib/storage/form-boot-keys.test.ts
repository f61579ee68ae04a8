import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formBootKeys, readFormBootValues } from './form-boot-keys';
import { draftsItem, formLayoutItem } from './page-data';
import { cadencesItem, lastUsedItem, settingsItem, templatesItem } from './preferences';
import { setupStateItem } from './shared-state';

describe('formBootKeys', () => {
  it('names the very items the form reads', () => {
    expect(formBootKeys).toEqual({
      settings: settingsItem.key,
      settingsMeta: `${settingsItem.key}$`,
      lastUsed: lastUsedItem.key,
      templates: templatesItem.key,
      cadences: cadencesItem.key,
      drafts: draftsItem.key,
      setupState: setupStateItem.key,
      formLayout: formLayoutItem.key,
    });
  });
});

describe('readFormBootValues', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads each key raw from its area, null where nothing is stored', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), defaultTaskType: 'call' });
    await formLayoutItem.setValue({ linksOpen: true });
    const values = await readFormBootValues();
    expect(values.settings).toMatchObject({ defaultTaskType: 'call' });
    expect(values.settingsMeta).toMatchObject({ v: expect.any(Number) });
    expect(values.formLayout).toEqual({ linksOpen: true });
    expect(values.drafts).toBeNull();
    expect(values.cadences).toBeNull();
  });
});
