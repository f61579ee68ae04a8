/**
 * Due dates are local wall-clock times. These tests hold in any zone; run them also under
 * `TZ=America/Los_Angeles npx vitest run lib/form` for the LA-specific instants (DST included).
 */
import { describe, expect, it } from 'vitest';
import {
  formatDue,
  fromLocalInputValue,
  isPastDue,
  parseTimeOfDay,
  resolveDuePick,
  toDueIso,
  toLocalInputValue,
} from './due-date';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inLosAngeles = zone === 'America/Los_Angeles';

/** Local wall-clock fields of a date, for zone-independent assertions. */
function wall(date: Date | null) {
  if (date === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Saturday 28 November 2026, 23:30 local: late in the evening, where UTC is already the next day in LA.
const saturdayLate = new Date(2026, 10, 28, 23, 30);
const saturdayMorning = new Date(2026, 10, 28, 7, 45);

describe('resolveDuePick', () => {
  it('resolves each quick pick to a local day at the default time', () => {
    expect(wall(resolveDuePick('today', saturdayMorning, '09:00'))).toBe('2026-11-28 09:00');
    expect(wall(resolveDuePick('tomorrow', saturdayLate, '09:00'))).toBe('2026-11-29 09:00');
    expect(wall(resolveDuePick('in3days', saturdayLate, '09:00'))).toBe('2026-12-01 09:00');
    expect(wall(resolveDuePick('nextMonday', saturdayLate, '09:00'))).toBe('2026-11-30 09:00');
    expect(wall(resolveDuePick('inAWeek', saturdayLate, '09:00'))).toBe('2026-12-05 09:00');
    expect(resolveDuePick('none', saturdayLate, '09:00')).toBeNull();
  });

  it('makes "Today" after the default time the next full hour, and never tomorrow', () => {
    expect(wall(resolveDuePick('today', new Date(2026, 10, 28, 14, 10), '09:00'))).toBe('2026-11-28 15:00');
    expect(wall(resolveDuePick('today', saturdayLate, '09:00'))).toBe('2026-11-28 23:59');
    expect(
      isPastDue(
        resolveDuePick('today', new Date(2026, 10, 28, 14, 10), '09:00'),
        new Date(2026, 10, 28, 14, 10),
      ),
    ).toBe(false);
  });

  it('uses the configured default time', () => {
    expect(wall(resolveDuePick('tomorrow', saturdayLate, '14:45'))).toBe('2026-11-29 14:45');
  });

  it('takes "Next Monday" on a Monday to mean the Monday after', () => {
    const monday = new Date(2026, 10, 30, 8, 0);
    expect(wall(resolveDuePick('nextMonday', monday, '09:00'))).toBe('2026-12-07 09:00');
    const sunday = new Date(2026, 10, 29, 8, 0);
    expect(wall(resolveDuePick('nextMonday', sunday, '09:00'))).toBe('2026-11-30 09:00');
  });

  it('crosses month and year ends', () => {
    const newYearsEve = new Date(2026, 11, 31, 18, 0);
    expect(wall(resolveDuePick('tomorrow', newYearsEve, '09:00'))).toBe('2027-01-01 09:00');
    expect(wall(resolveDuePick('inAWeek', newYearsEve, '09:00'))).toBe('2027-01-07 09:00');
  });

  it('keeps 09:00 across a DST change (US spring forward on 8 March 2026)', () => {
    const beforeDst = new Date(2026, 2, 7, 12, 0);
    expect(wall(resolveDuePick('tomorrow', beforeDst, '09:00'))).toBe('2026-03-08 09:00');
    expect(wall(resolveDuePick('inAWeek', beforeDst, '09:00'))).toBe('2026-03-14 09:00');
  });
});

describe('toDueIso', () => {
  it('sends a UTC instant that is the chosen local time', () => {
    const due = resolveDuePick('tomorrow', saturdayLate, '09:00');
    const iso = toDueIso(due);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(wall(new Date(iso as string))).toBe('2026-11-29 09:00');
    expect(toDueIso(null)).toBeNull();
  });

  it.runIf(inLosAngeles)('gives tomorrow 09:00 in Los Angeles as 17:00Z (PST) and 16:00Z after DST', () => {
    expect(toDueIso(resolveDuePick('tomorrow', saturdayLate, '09:00'))).toBe('2026-11-29T17:00:00.000Z');
    expect(toDueIso(resolveDuePick('tomorrow', new Date(2026, 2, 7, 12, 0), '09:00'))).toBe(
      '2026-03-08T16:00:00.000Z',
    );
  });
});

describe('isPastDue', () => {
  it('is true only for a moment before now', () => {
    expect(isPastDue(new Date(2026, 10, 28, 9, 0), saturdayLate)).toBe(true);
    expect(isPastDue(resolveDuePick('tomorrow', saturdayLate, '09:00'), saturdayLate)).toBe(false);
    expect(isPastDue(null, saturdayLate)).toBe(false);
  });
});

describe('datetime-local values', () => {
  it('round-trips local time', () => {
    const due = new Date(2026, 0, 5, 7, 5);
    expect(toLocalInputValue(due)).toBe('2026-01-05T07:05');
    expect(wall(fromLocalInputValue('2026-01-05T07:05'))).toBe('2026-01-05 07:05');
    expect(toLocalInputValue(null)).toBe('');
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('not a date')).toBeNull();
  });
});

describe('parseTimeOfDay and formatDue', () => {
  it('falls back to 09:00 for a malformed time', () => {
    expect(parseTimeOfDay('18:30')).toEqual({ hours: 18, minutes: 30 });
    expect(parseTimeOfDay('25:00')).toEqual({ hours: 9, minutes: 0 });
  });

  it('describes no due date and adds the year only when it differs', () => {
    expect(formatDue(null, saturdayLate)).toBe('No due date');
    expect(formatDue(new Date(2026, 11, 1, 9, 0), saturdayLate, 'en-GB')).not.toContain('2026');
    expect(formatDue(new Date(2027, 0, 1, 9, 0), saturdayLate, 'en-GB')).toContain('2027');
  });

  it('reads the same in every locale, however often it is asked', () => {
    const thisYear = new Date(2026, 11, 1, 9, 5);
    const nextYear = new Date(2027, 0, 4, 17, 30);
    for (const locale of ['en-GB', 'en-US', 'de-DE', 'ja-JP', 'en-GB', 'de-DE']) {
      for (const due of [thisYear, nextYear]) {
        const sameYear = due.getFullYear() === saturdayLate.getFullYear();
        const date = due.toLocaleDateString(locale, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          ...(sameYear ? {} : { year: 'numeric' }),
        });
        const time = due.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
        expect(formatDue(due, saturdayLate, locale)).toBe(`${date}, ${time}`);
      }
    }
    expect(formatDue(thisYear, saturdayLate, 'en-GB')).toBe('Tue 1 Dec, 09:05');
  });
});
