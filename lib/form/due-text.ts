/**
 * The typed due entry: "next tue 9am", "in 2 weeks", "friday", a quick-pick label, or "none".
 * Uses chrono-node's English parser only (the popup loads this module lazily: it is the biggest
 * dependency of the form). A phrase without a time of day gets the default time from settings.
 */
import { casual } from 'chrono-node/en';
import type { DuePick } from '@/lib/storage/preferences';
import { duePickLabels, parseTimeOfDay, resolveDuePick } from './due-date';

export type DueTextResult = { kind: 'none' } | { kind: 'date'; date: Date } | { kind: 'invalid' };

const noDuePhrases = new Set(['', 'none', 'no', 'no due', 'no due date', 'never', '-']);

function matchPickLabel(text: string): DuePick | null {
  for (const [pick, label] of Object.entries(duePickLabels) as [DuePick, string][]) {
    if (label.toLowerCase() === text) return pick;
  }
  return null;
}

/** Understands the typed due entry relative to `now` (local time). */
export function parseDueText(text: string, now: Date, defaultTime: string): DueTextResult {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (noDuePhrases.has(normalized)) return { kind: 'none' };
  const pick = matchPickLabel(normalized);
  if (pick !== null) {
    const date = resolveDuePick(pick, now, defaultTime);
    return date === null ? { kind: 'none' } : { kind: 'date', date };
  }
  const [result] = casual.parse(normalized, now, { forwardDate: true });
  if (!result) return { kind: 'invalid' };
  const start = result.start;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return { kind: 'invalid' };
  // Rebuilt with the local Date constructor rather than chrono's date(), so the wall-clock time
  // is exactly what was typed even across a DST change.
  const hasTime = start.isCertain('hour');
  const { hours, minutes } = hasTime
    ? { hours: start.get('hour') ?? 0, minutes: start.get('minute') ?? 0 }
    : parseTimeOfDay(defaultTime);
  const date = new Date(year, month - 1, day, hours, minutes, 0, 0);
  return Number.isNaN(date.getTime()) ? { kind: 'invalid' } : { kind: 'date', date };
}
