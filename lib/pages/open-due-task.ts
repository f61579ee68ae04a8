/**
 * Opening a task from Due today: the person's LinkedIn profile in the tab the popup or panel is
 * about (or a new tab, as a link click with Ctrl/Cmd/Shift or the middle button would), with the
 * task written down first (`focusTaskItem`) so the form on that profile shows it on top.
 */
import { browser } from 'wxt/browser';
import type { FocusTask } from '@/lib/form/focus-task';
import { nameFromSlug } from '@/lib/form/form-target';
import { type FormPerson, personFromManualEntry } from '@/lib/form/person';
import { focusTaskItem } from '@/lib/storage/page-data';

/** The parts of a click (or auxclick) that decide where a link opens. */
export interface LinkClick {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Where the profile opens: the tab in view, or a new tab (in front or behind). */
export type DueTaskOpening = { where: 'this-tab' } | { where: 'new-tab'; active: boolean };

/**
 * The browser's own link rules: Ctrl/Cmd or the middle button open a tab behind, Shift one in
 * front; null for clicks a link does not follow (right button, Alt's download).
 */
export function openingFor(click: LinkClick): DueTaskOpening | null {
  if (click.altKey || (click.button !== 0 && click.button !== 1)) return null;
  if (click.shiftKey) return { where: 'new-tab', active: true };
  if (click.button === 1 || click.ctrlKey || click.metaKey) return { where: 'new-tab', active: false };
  return { where: 'this-tab' };
}

/** What Due today knows of a task to open it. */
export interface OpenableTask {
  id: string;
  personName: string | null;
  profileUrl: string | null;
}

/** The form's person for a due task (its name and LinkedIn URL), or null without a usable URL. */
export function dueTaskPerson(task: OpenableTask): FormPerson | null {
  if (task.profileUrl === null) return null;
  const name = task.personName ?? nameFromSlug(task.profileUrl);
  const entry = personFromManualEntry(task.profileUrl, name || 'Person in Stardex');
  return entry.ok ? entry.person : null;
}

/** The focus item for `task`, written before the profile opens. */
export function focusFor(task: OpenableTask & { profileUrl: string }, now: number): FocusTask {
  return { taskId: task.id, profileUrl: task.profileUrl, at: now };
}

/**
 * Writes the focus item, then opens the profile. `tabId`: the tab the page is about (the popup's
 * `?tab=`, the panel's followed tab); without one, the window's active tab.
 */
export async function openDueTask(
  task: OpenableTask & { profileUrl: string },
  opening: DueTaskOpening,
  tabId: number | undefined,
  now = Date.now(),
): Promise<void> {
  await focusTaskItem.setValue(focusFor(task, now));
  const url = task.profileUrl;
  if (opening.where === 'new-tab') await browser.tabs.create({ url, active: opening.active });
  else if (tabId === undefined) await browser.tabs.update({ url });
  else await browser.tabs.update(tabId, { url });
}
