import { describe, expect, it } from 'vitest';
import { missingProfileUrlReasons } from '@/lib/profile/list/list-schema';
import { BATCH_LIMITS } from '@/lib/tasks/batch';
import { listRow } from '@/tests/support/list-rows';
import {
  listedTwice,
  notAProfileUrl,
  overBatchLimit,
  pickAll,
  pickedPeople,
  pickRows,
  rowDetail,
  unpickWithTask,
} from './list-pick';

const row = listRow;

describe('pickRows', () => {
  it('makes a person of each row with a profile URL, keyed by it', () => {
    const [ines] = pickRows([row('Inès Marchetti', 'ines-marchetti', { currentCompany: 'Lumen' })]);
    expect(ines?.skipped).toBeNull();
    expect(ines?.key).toBe('https://www.linkedin.com/in/ines-marchetti/');
    expect(ines?.person).toMatchObject({ fullName: 'Inès Marchetti', currentCompany: 'Lumen' });
  });

  it('shows a row without a profile URL with the reader’s reason, never as a person', () => {
    const [hidden] = pickRows([row('LinkedIn Member', null)]);
    expect(hidden?.person).toBeNull();
    expect(hidden?.skipped).toBe(missingProfileUrlReasons.hiddenMember);
  });

  it('never keys a person by a link that is not a LinkedIn profile address', () => {
    const [odd] = pickRows([
      row('Mallory Page', null, { profileUrl: 'javascript:alert(1)', missingProfileUrl: null }),
    ]);
    expect(odd?.person).toBeNull();
    expect(odd?.skipped).toBe(notAProfileUrl);
  });

  it('takes a person listed twice once', () => {
    const rows = pickRows([row('Bo Lindgren', 'bo-l'), row('Bo Lindgren', 'bo-l')]);
    expect(rows.map((r) => r.skipped)).toEqual([null, listedTwice]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('stops at the batch limit, saying so', () => {
    const many = Array.from({ length: BATCH_LIMITS.people + 1 }, (_, i) => row(`P ${i}`, `p-${i}`));
    const rows = pickRows(many);
    expect(rows.filter((r) => r.person).length).toBe(BATCH_LIMITS.people);
    expect(rows.at(-1)?.skipped).toBe(overBatchLimit);
  });
});

describe('picks', () => {
  it('checks every pickable row at first and returns the picked people in page order', () => {
    const rows = pickRows([row('A B', 'a-b'), row('LinkedIn Member', null), row('C D', 'c-d')]);
    const picked = pickAll(rows);
    expect(picked.size).toBe(2);
    expect(pickedPeople(rows, picked).map((p) => p.fullName)).toEqual(['A B', 'C D']);
    picked.delete('https://www.linkedin.com/in/a-b/');
    expect(pickedPeople(rows, picked).map((p) => p.fullName)).toEqual(['C D']);
  });

  it('leaves unchecked the people who already have a task from this browser, and unpicks them after a Create', () => {
    const rows = pickRows([row('A B', 'a-b'), row('C D', 'c-d'), row('E F', 'e-f')]);
    const withTask = new Map([['https://www.linkedin.com/in/a-b/', 'queued']]);
    const picked = pickAll(rows, withTask);
    expect(pickedPeople(rows, picked).map((p) => p.fullName)).toEqual(['C D', 'E F']);
    withTask.set('https://www.linkedin.com/in/c-d/', 'in-stardex');
    expect(pickedPeople(rows, unpickWithTask(rows, picked, withTask)).map((p) => p.fullName)).toEqual([
      'E F',
    ]);
  });

  it('never returns a row without a URL, even if its key were picked', () => {
    const rows = pickRows([row('LinkedIn Member', null)]);
    expect(pickedPeople(rows, new Set(rows.map((r) => r.key)))).toEqual([]);
  });
});

describe('rowDetail', () => {
  it('prefers the headline, then the role line, then title and company', () => {
    expect(rowDetail(row('A', 'a', { headline: 'Data lead', currentRole: 'Current: x' }))).toBe('Data lead');
    expect(rowDetail(row('A', 'a', { currentRole: 'Current: x' }))).toBe('Current: x');
    expect(rowDetail(row('A', 'a', { currentTitle: 'CTO', currentCompany: 'Lumen' }))).toBe('CTO · Lumen');
    expect(rowDetail(row('A', 'a'))).toBeNull();
  });
});
