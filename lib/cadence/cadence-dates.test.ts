/**
 * Step due dates are local wall-clock times; the wall-clock assertions hold in any zone. The
 * exact UTC instants (DST included) are asserted only in their own zone: run these also with
 * `TZ=America/Los_Angeles` and `TZ=Europe/Berlin` (package.json's test:unit:la / test:unit:berlin).
 * In any other zone those tests show as skipped, not as passed.
 */
import { describe, expect, it } from 'vitest';
import type { CadenceOffset } from '@/lib/tasks/cadence-schema';
import { stepDay, stepDueDate, stepDueDates } from './cadence-dates';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inLosAngeles = zone === 'America/Los_Angeles';
const inBerlin = zone === 'Europe/Berlin';

const days = (amount: number): CadenceOffset => ({ unit: 'days', amount });
const bd = (amount: number): CadenceOffset => ({ unit: 'businessDays', amount });
const sameDay = days(0);

/** Local wall-clock fields of a date, for zone-independent assertions. */
function wall(date: Date | null) {
  if (date === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getDay()];
  return `${weekday} ${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
const walls = (dates: (Date | null)[]) => dates.map(wall);
const isos = (dates: (Date | null)[]) => dates.map((d) => d?.toISOString() ?? null);

/** A pinned "now": Monday 2 March 2026, 08:00 local, before every first step below. */
const now = new Date(2026, 2, 2, 8, 0);

describe('the test run', () => {
  // A TZ that did not take effect would turn the zone suites below into silent skips.
  it.runIf(process.env.TZ !== undefined)('runs in the zone TZ names', () => {
    // Compared as ICU resolves it: 'Asia/Kolkata' may resolve to its alias 'Asia/Calcutta'.
    expect(zone).toBe(new Intl.DateTimeFormat('en', { timeZone: process.env.TZ }).resolvedOptions().timeZone);
  });
});

describe('stepDay', () => {
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9, 0);

  it('counts business days over weekends: Fri +1 = Mon, Thu +3 = Tue, +7 = a week and two days', () => {
    expect(wall(stepDay(day(2026, 3, 6), bd(1)))).toBe('Mon 2026-03-09 12:00');
    expect(wall(stepDay(day(2026, 3, 5), bd(3)))).toBe('Tue 2026-03-10 12:00');
    expect(wall(stepDay(day(2026, 3, 2), bd(7)))).toBe('Wed 2026-03-11 12:00');
    expect(wall(stepDay(day(2026, 3, 6), bd(7)))).toBe('Tue 2026-03-17 12:00');
    expect(wall(stepDay(day(2026, 3, 6), bd(5)))).toBe('Fri 2026-03-13 12:00');
  });

  it('starts a weekend count on Monday, and keeps "same day" on the weekend', () => {
    expect(wall(stepDay(day(2026, 3, 7), bd(1)))).toBe('Mon 2026-03-09 12:00'); // Saturday
    expect(wall(stepDay(day(2026, 3, 8), bd(1)))).toBe('Mon 2026-03-09 12:00'); // Sunday
    expect(wall(stepDay(day(2026, 3, 7), bd(5)))).toBe('Fri 2026-03-13 12:00');
    expect(wall(stepDay(day(2026, 3, 7), bd(0)))).toBe('Sat 2026-03-07 12:00');
    expect(wall(stepDay(day(2026, 3, 8), sameDay))).toBe('Sun 2026-03-08 12:00');
  });

  it('counts calendar days through weekends', () => {
    expect(wall(stepDay(day(2026, 3, 6), days(1)))).toBe('Sat 2026-03-07 12:00');
    expect(wall(stepDay(day(2026, 3, 6), days(7)))).toBe('Fri 2026-03-13 12:00');
  });

  it('crosses month ends, leap days and the year end', () => {
    expect(wall(stepDay(day(2026, 1, 30), bd(1)))).toBe('Mon 2026-02-02 12:00');
    expect(wall(stepDay(day(2026, 2, 27), bd(1)))).toBe('Mon 2026-03-02 12:00');
    expect(wall(stepDay(day(2028, 2, 28), days(1)))).toBe('Tue 2028-02-29 12:00');
    expect(wall(stepDay(day(2026, 12, 31), bd(1)))).toBe('Fri 2027-01-01 12:00');
    expect(wall(stepDay(day(2026, 12, 30), bd(7)))).toBe('Fri 2027-01-08 12:00');
    expect(wall(stepDay(day(2026, 12, 31), days(365)))).toBe('Fri 2027-12-31 12:00');
  });
});

describe('stepDueDates', () => {
  const connectThenFollowUp = [sameDay, bd(3), bd(7)];

  it('keeps the first step’s moment and puts later steps at the default time of their day', () => {
    const first = new Date(2026, 2, 6, 14, 30); // Friday 14:30, a custom due date
    expect(walls(stepDueDates(first, connectThenFollowUp, '09:00', now))).toStrictEqual([
      'Fri 2026-03-06 14:30',
      'Wed 2026-03-11 09:00',
      'Tue 2026-03-17 09:00',
    ]);
    expect(walls(stepDueDates(first, connectThenFollowUp, '17:45', now))[1]).toBe('Wed 2026-03-11 17:45');
  });

  it('ignores the first step’s own offset: the form’s due date is the start', () => {
    const first = new Date(2026, 2, 6, 9, 0);
    expect(walls(stepDueDates(first, [bd(3), bd(1)], '09:00', now))).toStrictEqual([
      'Fri 2026-03-06 09:00',
      'Mon 2026-03-09 09:00',
    ]);
  });

  it('never puts a later same-day step before the first one', () => {
    const first = new Date(2026, 2, 6, 15, 0); // "Today" picked at 14:10 → 15:00
    expect(walls(stepDueDates(first, [sameDay, sameDay, days(1)], '09:00', now))).toStrictEqual([
      'Fri 2026-03-06 15:00',
      'Fri 2026-03-06 15:00',
      'Sat 2026-03-07 09:00',
    ]);
  });

  it('without a first due date: the first stays without, the others count from today', () => {
    const thursdayMorning = new Date(2026, 2, 5, 7, 30);
    expect(walls(stepDueDates(null, connectThenFollowUp, '09:00', thursdayMorning))).toStrictEqual([
      null,
      'Tue 2026-03-10 09:00',
      'Mon 2026-03-16 09:00',
    ]);
  });

  it('without a first due date, a step due today is later today rather than already past', () => {
    const afternoon = new Date(2026, 2, 5, 14, 10);
    expect(wall(stepDueDate(null, sameDay, '09:00', afternoon))).toBe('Thu 2026-03-05 15:00');
    expect(wall(stepDueDate(null, sameDay, '16:00', afternoon))).toBe('Thu 2026-03-05 16:00');
    expect(wall(stepDueDate(null, days(1), '09:00', afternoon))).toBe('Fri 2026-03-06 09:00');
  });

  it('returns copies, not the caller’s Date', () => {
    const first = new Date(2026, 2, 6, 9, 0);
    const [copy] = stepDueDates(first, [sameDay], '09:00', now);
    expect(copy).not.toBe(first);
    expect(copy?.getTime()).toBe(first.getTime());
  });

  it('falls back to 09:00 for a malformed default time (as the form does)', () => {
    expect(wall(stepDueDate(new Date(2026, 2, 6, 8, 0), bd(1), 'soon', now))).toBe('Mon 2026-03-09 09:00');
  });
});

describe('DST in Los Angeles', () => {
  // US DST 2026: spring forward Sun 8 March, fall back Sun 1 November.
  const spring = () => stepDueDates(new Date(2026, 2, 6, 9, 0), [sameDay, bd(3), days(2)], '09:00', now);
  const autumn = () => stepDueDates(new Date(2026, 9, 30, 9, 0), [sameDay, bd(1), days(2)], '09:00', now);

  it('keeps 09:00 local on each day across both changes', () => {
    expect(walls(spring())).toStrictEqual([
      'Fri 2026-03-06 09:00',
      'Wed 2026-03-11 09:00',
      'Sun 2026-03-08 09:00',
    ]);
    expect(walls(autumn())).toStrictEqual([
      'Fri 2026-10-30 09:00',
      'Mon 2026-11-02 09:00',
      'Sun 2026-11-01 09:00',
    ]);
    for (const due of [...spring(), ...autumn()]) expect(due?.getHours()).toBe(9);
  });

  it.runIf(inLosAngeles)('sends the UTC instant of 09:00 Pacific: PST 17:00Z, PDT 16:00Z', () => {
    expect(isos(spring())).toStrictEqual([
      '2026-03-06T17:00:00.000Z',
      '2026-03-11T16:00:00.000Z', // not 17:00Z: a day count in UTC would be an hour late
      '2026-03-08T16:00:00.000Z',
    ]);
    expect(isos(autumn())).toStrictEqual([
      '2026-10-30T16:00:00.000Z',
      '2026-11-02T17:00:00.000Z',
      '2026-11-01T17:00:00.000Z',
    ]);
  });
});

describe('DST in Berlin', () => {
  // EU DST 2026: spring forward Sun 29 March, fall back Sun 25 October.
  const spring = () => stepDueDates(new Date(2026, 2, 27, 9, 0), [sameDay, bd(1), days(2)], '09:00', now);
  const autumn = () => stepDueDates(new Date(2026, 9, 23, 9, 0), [sameDay, bd(1), days(2)], '09:00', now);

  it('keeps 09:00 local on each day across both changes', () => {
    expect(walls(spring())).toStrictEqual([
      'Fri 2026-03-27 09:00',
      'Mon 2026-03-30 09:00',
      'Sun 2026-03-29 09:00',
    ]);
    expect(walls(autumn())).toStrictEqual([
      'Fri 2026-10-23 09:00',
      'Mon 2026-10-26 09:00',
      'Sun 2026-10-25 09:00',
    ]);
    for (const due of [...spring(), ...autumn()]) expect(due?.getHours()).toBe(9);
  });

  it.runIf(inBerlin)('sends the UTC instant of 09:00 in Berlin: CET 08:00Z, CEST 07:00Z', () => {
    expect(isos(spring())).toStrictEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
    ]);
    expect(isos(autumn())).toStrictEqual([
      '2026-10-23T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
    ]);
  });
});
