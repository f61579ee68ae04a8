/** Typed due entries, resolved in the local zone (also run under TZ=America/Los_Angeles). */
import { describe, expect, it } from 'vitest';
import { parseDueText } from './due-text';

const pad = (n: number) => String(n).padStart(2, '0');
function wall(result: ReturnType<typeof parseDueText>) {
  if (result.kind !== 'date') return result.kind;
  const d = result.date;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

// Saturday 28 November 2026, 23:30 local.
const now = new Date(2026, 10, 28, 23, 30);

describe('parseDueText', () => {
  it('understands a weekday with a time', () => {
    expect(wall(parseDueText('next tue 9am', now, '09:00'))).toBe('2026-12-01 09:00');
    expect(wall(parseDueText('friday 4:30pm', now, '09:00'))).toBe('2026-12-04 16:30');
  });

  it('gives a phrase without a time the default time', () => {
    expect(wall(parseDueText('in 2 weeks', now, '09:00'))).toBe('2026-12-12 09:00');
    expect(wall(parseDueText('tomorrow', now, '10:15'))).toBe('2026-11-29 10:15');
    expect(wall(parseDueText('Dec 24', now, '09:00'))).toBe('2026-12-24 09:00');
  });

  it('reads the quick-pick labels the field shows', () => {
    expect(wall(parseDueText('In 3 days', now, '09:00'))).toBe('2026-12-01 09:00');
    expect(wall(parseDueText('Next Monday', now, '09:00'))).toBe('2026-11-30 09:00');
  });

  it('treats empty and "no due date" as no due date', () => {
    expect(parseDueText('', now, '09:00')).toEqual({ kind: 'none' });
    expect(parseDueText('  No due date ', now, '09:00')).toEqual({ kind: 'none' });
    expect(parseDueText('none', now, '09:00')).toEqual({ kind: 'none' });
  });

  it('reports what it cannot read', () => {
    expect(parseDueText('whenever she replies', now, '09:00')).toEqual({ kind: 'invalid' });
  });

  it('keeps the typed wall-clock time across a DST change', () => {
    const beforeDst = new Date(2026, 2, 7, 12, 0);
    expect(wall(parseDueText('tomorrow 9am', beforeDst, '09:00'))).toBe('2026-03-08 09:00');
    expect(wall(parseDueText('tomorrow 2:30am', new Date(2026, 9, 31, 12, 0), '09:00'))).toBe(
      '2026-11-01 02:30',
    );
  });
});
