/**
 * Wakes the outbox drain at a given time. The `outbox-retry` alarm is the source of truth (it
 * survives the worker being stopped and the browser restarting); a plain timer also fires for
 * short waits, because Chrome may clamp alarms to 30 s while a 2 s backoff should stay 2 s.
 */
import { browser } from 'wxt/browser';

export const OUTBOX_ALARM = 'outbox-retry';
const TIMER_MAX_MS = 25_000;

let timer: ReturnType<typeof setTimeout> | undefined;

/** Schedules (or with `at === null` cancels) the next wake-up; `wake` runs the drain. */
export async function scheduleOutboxWake(at: number | null, wake: () => void): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  if (at === null) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + Math.max(delay, 1_000) });
  if (delay <= TIMER_MAX_MS) timer = setTimeout(wake, delay);
}
