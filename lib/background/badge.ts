/**
 * The toolbar badge: how many outbox entries (a task, or a cadence run) wait or failed. Red when something failed (needs the
 * recruiter), amber while items only wait; empty when there is nothing to say.
 */
import { browser } from 'wxt/browser';
import { readDueTodayCount, withDueToday } from '@/lib/background/due-today/due-badge';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { groupOutboxItems } from '@/lib/tasks/cadence-group';

export const BADGE_FAILED_COLOR = '#D93025';
export const BADGE_WAITING_COLOR = '#E37400';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Pure: the badge for an outbox list. */
export function badgeFor(items: OutboxItem[]): Badge {
  // A cadence run counts once, as the outbox lists it: failed if a step failed, else waiting.
  const entries = groupOutboxItems(items).map((entry) =>
    entry.kind === 'single' ? [entry.item] : entry.steps,
  );
  const isWaiting = (i: OutboxItem) =>
    i.state === 'queued' || i.state === 'sending' || i.state === 'retrying';
  const failed = entries.filter((steps) => steps.some((i) => i.state === 'failed')).length;
  const waiting = entries.filter(
    (steps) => !steps.some((i) => i.state === 'failed') && steps.some(isWaiting),
  ).length;
  const count = failed + waiting;
  if (count === 0) return { text: '', color: BADGE_WAITING_COLOR, title: '' };
  const parts = [
    waiting > 0 ? `${waiting} task${waiting === 1 ? '' : 's'} waiting to be sent` : '',
    failed > 0 ? `${failed} failed — open Options to fix` : '',
  ].filter(Boolean);
  return {
    text: count > 99 ? '99+' : String(count),
    color: failed > 0 ? BADGE_FAILED_COLOR : BADGE_WAITING_COLOR,
    title: parts.join('; '),
  };
}

/**
 * Shows `badgeFor(items)` on the toolbar button (MV3 `action`, MV2 `browserAction`); when the
 * outbox has nothing to say, the count of my tasks due today (lib/due-today).
 */
export async function updateBadge(items: OutboxItem[]): Promise<void> {
  const action =
    browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const badge = withDueToday(badgeFor(items), await readDueTodayCount().catch(() => 0));
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setTitle({ title: badge.title || 'Stardex tasks for LinkedIn' });
}
