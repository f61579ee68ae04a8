/**
 * Background wiring of "due today": an alarm refreshes the cached list every 5 minutes, the popup
 * can ask for a refresh (`refreshDueToday`, at most once a minute unless forced), and the badge
 * follows the cache.
 */
import { browser } from 'wxt/browser';
import {
  type DueToday,
  dueTodaySchema,
  emptyDueToday,
  personNamesSchema,
} from '@/lib/due-today/due-today-schema';
import { personNamesItem } from '@/lib/storage/background-data';
import { parseOr } from '@/lib/storage/parse-or';
import { defaultSettings, settingsItem, settingsSchema } from '@/lib/storage/preferences';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';
import { type DueTodayClient, REFRESH_EVERY_MS, refreshDueToday } from './refresh';

export const DUE_TODAY_ALARM = 'due-today-refresh';

export interface DueTodayDeps {
  /** The background's client for interactive calls (lib/background/services.ts `client`). */
  client: () => Promise<DueTodayClient>;
  /** Re-renders the badge (outbox + due count). */
  refreshBadge?: () => void;
}

let running: Promise<DueToday> | null = null;

/** Refreshes the stored list if it is due (single-flight); returns the stored list. */
export function updateDueToday(deps: DueTodayDeps, force = false): Promise<DueToday> {
  running ??= (async () => {
    const [settings, cached, names] = await Promise.all([
      settingsItem.getValue().then((v) => parseOr(settingsSchema, v, defaultSettings)),
      dueTodayItem.getValue().then((v) => parseOr(dueTodaySchema(), v, emptyDueToday)),
      personNamesItem.getValue().then((v) => parseOr(personNamesSchema(), v, {})),
    ]);
    const next = await refreshDueToday({
      meId: settings.meTeamMemberId,
      cached,
      names,
      client: deps.client,
      now: new Date(),
      force,
    });
    if (!next) return cached;
    await personNamesItem.setValue(next.names);
    await dueTodayItem.setValue(next.dueToday);
    return next.dueToday;
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Background: alarm, badge and "this is me" changes (the popup's `refreshDueToday` is answered by
 * lib/background/handlers.ts). Listeners added synchronously.
 */
export function registerDueToday(deps: DueTodayDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DUE_TODAY_ALARM) void updateDueToday(deps).catch(() => undefined);
  });
  void browser.alarms.get(DUE_TODAY_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(DUE_TODAY_ALARM, {
        delayInMinutes: 0.1,
        periodInMinutes: REFRESH_EVERY_MS / 60_000,
      });
  });
  dueTodayItem.watch(() => deps.refreshBadge?.());
  workedTasksItem.watch(() => deps.refreshBadge?.());
  // A new "this is me" (here or on another device) makes the list someone else's: fetch now.
  settingsItem.watch((next, previous) => {
    if (next?.meTeamMemberId !== previous?.meTeamMemberId) void updateDueToday(deps).catch(() => undefined);
  });
}
