import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DUE_TODAY_ALARM } from '@/lib/background/due-today/register';
import { createContextMenus } from './context-menu';
import {
  MENU_LINK_ID,
  MENU_PAGE_ID,
  PROFILE_LINK_PATTERNS,
  PROFILE_PAGE_PATTERNS,
} from './context-menu-target';
import { registerCommandsAndMenus } from './register';

beforeEach(() => fakeBrowser.reset());

describe('createContextMenus', () => {
  it('creates the link item for profile links and the page item for profile pages', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1);
    await createContextMenus();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create.mock.calls.map(([props]) => props)).toStrictEqual([
      expect.objectContaining({
        id: MENU_LINK_ID,
        contexts: ['link'],
        targetUrlPatterns: PROFILE_LINK_PATTERNS,
      }),
      expect.objectContaining({
        id: MENU_PAGE_ID,
        contexts: ['page'],
        documentUrlPatterns: PROFILE_PAGE_PATTERNS,
      }),
    ]);
  });
});

describe('registerCommandsAndMenus', () => {
  it('adds its listeners synchronously, schedules the due-today refresh and exposes the worker hooks', async () => {
    // The fake browser does not implement these events; only their registration is checked here.
    const onClicked = vi
      .spyOn(fakeBrowser.contextMenus.onClicked, 'addListener')
      .mockImplementation(() => {});
    const onCommand = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.notifications.onClicked, 'addListener').mockImplementation(() => {});
    registerCommandsAndMenus({ submit: vi.fn(), client: vi.fn() });
    expect(onClicked).toHaveBeenCalledTimes(1);
    expect(onCommand).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DUE_TODAY_ALARM)).toBeDefined());
    const hooks = (globalThis as { stardexWaysIn?: Record<string, unknown> }).stardexWaysIn;
    expect(Object.keys(hooks ?? {}).sort()).toStrictEqual([
      'openFormForMenuClick',
      'refreshDueToday',
      'runQuickTask',
    ]);
  });
});
