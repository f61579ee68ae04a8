import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusedTaskId } from '@/lib/form/focus-task';
import { focusTaskItem } from '@/lib/storage/page-data';
import { dueTaskPerson, type LinkClick, openDueTask, openingFor } from './open-due-task';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const click = (extra: Partial<LinkClick> = {}): LinkClick => ({
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

const ada = { id: 't1', personName: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada-l/' };

describe('openingFor', () => {
  it('opens a plain click in the tab in view', () => {
    expect(openingFor(click())).toEqual({ where: 'this-tab' });
  });
  it('opens Ctrl, Cmd and middle clicks in a tab behind, Shift in a tab in front', () => {
    expect(openingFor(click({ ctrlKey: true }))).toEqual({ where: 'new-tab', active: false });
    expect(openingFor(click({ metaKey: true }))).toEqual({ where: 'new-tab', active: false });
    expect(openingFor(click({ button: 1 }))).toEqual({ where: 'new-tab', active: false });
    expect(openingFor(click({ shiftKey: true }))).toEqual({ where: 'new-tab', active: true });
    expect(openingFor(click({ shiftKey: true, ctrlKey: true }))).toEqual({ where: 'new-tab', active: true });
  });
  it('leaves right clicks and Alt clicks alone', () => {
    expect(openingFor(click({ button: 2 }))).toBeNull();
    expect(openingFor(click({ altKey: true }))).toBeNull();
  });
});

describe('dueTaskPerson', () => {
  it('is the task’s name and normalized profile URL', () => {
    expect(dueTaskPerson({ ...ada, profileUrl: 'https://linkedin.com/in/ada-l?trk=x' })).toMatchObject({
      fullName: 'Ada Lovelace',
      profileUrl: 'https://www.linkedin.com/in/ada-l/',
      headline: null,
    });
  });
  it('guesses the name from the URL while Stardex’s is unknown', () => {
    expect(
      dueTaskPerson({ ...ada, personName: null, profileUrl: 'https://www.linkedin.com/in/grace-hopper-12/' })
        ?.fullName,
    ).toBe('Grace Hopper');
  });
  it('is null without a LinkedIn profile URL', () => {
    expect(dueTaskPerson({ ...ada, profileUrl: null })).toBeNull();
    expect(dueTaskPerson({ ...ada, profileUrl: 'https://example.com/ada' })).toBeNull();
  });
});

describe('openDueTask', () => {
  it('writes the focus item first, then moves the given tab to the profile', async () => {
    const order: string[] = [];
    const set = focusTaskItem.setValue.bind(focusTaskItem);
    vi.spyOn(focusTaskItem, 'setValue').mockImplementation(async (value) => {
      order.push('focus');
      await set(value);
    });
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(async () => {
      order.push('navigate');
      return {} as never;
    });
    await openDueTask(ada, { where: 'this-tab' }, 7, 1_000);
    expect(order).toEqual(['focus', 'navigate']);
    expect(update).toHaveBeenCalledWith(7, { url: ada.profileUrl });
    expect(focusedTaskId(await focusTaskItem.getValue(), ada.profileUrl, 2_000)).toBe('t1');
  });
  it('moves the active tab when no tab is named, and opens a new tab when asked', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openDueTask(ada, { where: 'this-tab' }, undefined);
    expect(update).toHaveBeenCalledWith({ url: ada.profileUrl });
    await openDueTask(ada, { where: 'new-tab', active: false }, 7);
    expect(create).toHaveBeenCalledWith({ url: ada.profileUrl, active: false });
    expect(update).toHaveBeenCalledTimes(1);
  });
});
