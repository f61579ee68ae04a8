/**
 * The optional daily reminder (off by default; Options sets the time): at the chosen local time a
 * notification says how many LinkedIn tasks are due today. Rescheduled from the wall clock after
 * each firing, so DST changes and a sleeping laptop do not shift it.
 */
import { browser } from 'wxt/browser';
import { parseTimeOfDay } from '@/lib/form/due-date';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, type Settings, settingsItem, settingsSchema } from '@/lib/storage/preferences';
import { notify, REMINDER_NOTIFICATION } from './notifications';
import type { Notice } from './quick-task';

export const REMINDER_ALARM = 'daily-reminder';

/** The next local moment at `time` strictly after `now` (today if still ahead, else tomorrow). */
export function nextReminderAt(now: Date, time: string): Date {
  const { hours, minutes } = parseTimeOfDay(time);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  return today.getTime() > now.getTime()
    ? today
    : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours, minutes, 0, 0);
}

/** The reminder's text for a count; null for none (no notification on an empty day). */
export function reminderNotice(count: number): Notice | null {
  if (count <= 0) return null;
  return {
    title: 'LinkedIn tasks due today',
    message: `${count} LinkedIn task${count === 1 ? '' : 's'} due today or overdue in Stardex. Open the extension to see them.`,
    problem: false,
  };
}

/** Sets or clears the alarm to match the settings. */
export async function scheduleReminder(settings: Settings, now = new Date()): Promise<void> {
  await browser.alarms.clear(REMINDER_ALARM);
  if (!settings.dailyReminder.enabled) return;
  await browser.alarms.create(REMINDER_ALARM, {
    when: nextReminderAt(now, settings.dailyReminder.time).getTime(),
  });
}

export interface ReminderDeps {
  /** Fresh due-today count (lib/background/due-today/register.ts `updateDueToday`, forced). */
  countDueToday(): Promise<number>;
  /** What a click on the notification opens. */
  openList(): Promise<unknown>;
}

const readSettings = async () => parseOr(settingsSchema, await settingsItem.getValue(), defaultSettings);

/** Background: alarm, settings changes, notification clicks. Listeners added synchronously. */
export function registerDailyReminder(deps: ReminderDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void (async () => {
      const settings = await readSettings();
      await scheduleReminder(settings);
      if (!settings.dailyReminder.enabled) return;
      const notice = reminderNotice(await deps.countDueToday().catch(() => 0));
      if (notice) await notify(REMINDER_NOTIFICATION, notice);
    })();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REMINDER_NOTIFICATION) void deps.openList().catch(() => undefined);
  });
  settingsItem.watch((next, previous) => {
    const a = parseOr(settingsSchema, next, defaultSettings).dailyReminder;
    const b = parseOr(settingsSchema, previous, defaultSettings).dailyReminder;
    if (a.enabled !== b.enabled || a.time !== b.time) void readSettings().then((s) => scheduleReminder(s));
  });
  void browser.alarms.get(REMINDER_ALARM).then(async (existing) => {
    const settings = await readSettings();
    if (!existing === settings.dailyReminder.enabled) await scheduleReminder(settings);
  });
}
