import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupStateItem } from '@/lib/storage/shared-state';
import { publishSetupState } from './publish-setup';

const state = { hasApiKey: true, baseUrl: 'https://api.stardex.ai', usingSandbox: false };

beforeEach(() => fakeBrowser.reset());

describe('publishSetupState', () => {
  it('writes the state once, and again only when it changes', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await publishSetupState(async () => state)).toBe(true);
    expect(await publishSetupState(async () => state)).toBe(false); // another worker start
    expect(await setupStateItem.getValue()).toEqual(state);
    expect(await publishSetupState(async () => ({ ...state, hasApiKey: false }))).toBe(true);
    expect(await setupStateItem.getValue()).toMatchObject({ hasApiKey: false });
    expect(set).toHaveBeenCalledTimes(2);
  });
});
