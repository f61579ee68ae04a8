import { describe, expect, it } from 'vitest';
import {
  editFields,
  emptyLiveEdits,
  hasUnsavedEdits,
  receiveStored,
  settleWrite,
  shownValue,
} from './live-edits';

interface Prefs {
  time: string;
  on: boolean;
  ids: string[];
}
const stored: Prefs = { time: '09:00', on: false, ids: [] };

describe('live edits', () => {
  it('shows nothing until the first read, then the stored value', () => {
    const empty = emptyLiveEdits<Prefs>();
    expect(shownValue(empty)).toBeNull();
    expect(shownValue(receiveStored(empty, stored))).toEqual(stored);
  });

  it('keeps a field being edited when an unrelated change arrives from elsewhere', () => {
    let live = receiveStored(emptyLiveEdits<Prefs>(), stored);
    live = editFields(live, { time: '07:15' });
    live = receiveStored(live, { ...stored, on: true });
    expect(shownValue(live)).toEqual({ time: '07:15', on: true, ids: [] });
  });

  it('follows the stored value again once the edit is saved', () => {
    let live = receiveStored(emptyLiveEdits<Prefs>(), stored);
    live = editFields(live, { time: '07:15' });
    const written = shownValue(live) as Prefs;
    live = settleWrite(live, written);
    expect(live.pending).toEqual({});
    live = receiveStored(live, { ...written, time: '10:00' });
    expect(shownValue(live)?.time).toBe('10:00');
  });

  it('keeps an edit made after the write began pending when that write settles', () => {
    let live = receiveStored(emptyLiveEdits<Prefs>(), stored);
    live = editFields(live, { time: '07:1' });
    const first = shownValue(live) as Prefs;
    live = editFields(live, { time: '07:15' });
    live = settleWrite(live, first);
    // The watch echoing the first write must not undo the newer text.
    live = receiveStored(live, first);
    expect(shownValue(live)?.time).toBe('07:15');
    expect(live.pending).toEqual({ time: '07:15' });
  });

  it('settles an array field by identity of what was written', () => {
    let live = receiveStored(emptyLiveEdits<Prefs>(), stored);
    live = editFields(live, { ids: ['a'] });
    live = settleWrite(live, shownValue(live) as Prefs);
    expect(live.pending).toEqual({});
    expect(live.stored?.ids).toEqual(['a']);
  });

  it('owes a write only while a pending field differs from what is stored', () => {
    let live = receiveStored(emptyLiveEdits<Prefs>(), stored);
    expect(hasUnsavedEdits(live)).toBe(false);
    live = editFields(live, { time: '07:15' });
    expect(hasUnsavedEdits(live)).toBe(true);
    // The watch echoes this window's own write before the write's promise settles.
    live = receiveStored(live, { ...stored, time: '07:15' });
    expect(hasUnsavedEdits(live)).toBe(false);
    live = receiveStored(live, { ...stored, on: true });
    expect(hasUnsavedEdits(live)).toBe(true);
  });
});
