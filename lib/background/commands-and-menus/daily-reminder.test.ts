import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/lib/storage/preferences';
import { nextReminderAt, REMINDER_ALARM, reminderNotice, scheduleReminder } from './daily-reminder';

describe('nextReminderAt', () => {
  it('is today when the time is still ahead, else tomorrow', () => {
    const morning = new Date(2026, 10, 28, 8, 0);
    expect(nextReminderAt(morning, '09:00')).toStrictEqual(new Date(2026, 10, 28, 9, 0));
    const nine = new Date(2026, 10, 28, 9, 0);
    expect(nextReminderAt(nine, '09:00')).toStrictEqual(new Date(2026, 10, 29, 9, 0));
    expect(nextReminderAt(new Date(2026, 11, 31, 23, 0), '07:30')).toStrictEqual(new Date(2027, 0, 1, 7, 30));
  });
});

describe('reminderNotice', () => {
  it('says how many, and stays quiet on an empty day', () => {
    expect(reminderNotice(0)).toBeNull();
    expect(reminderNotice(1)?.message).toMatch(/^1 LinkedIn task due today/);
    expect(reminderNotice(4)?.message).toMatch(/^4 LinkedIn tasks due today/);
  });
});

describe('scheduleReminder', () => {
  beforeEach(() => fakeBrowser.reset());
  it('sets the alarm only when enabled, and clears it when turned off', async () => {
    const now = new Date(2026, 10, 28, 8, 0);
    await scheduleReminder(defaultSettings, now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    await scheduleReminder({ ...defaultSettings, dailyReminder: { enabled: true, time: '10:15' } }, now);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(
      new Date(2026, 10, 28, 10, 15).getTime(),
    );
    await scheduleReminder(defaultSettings, now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});
