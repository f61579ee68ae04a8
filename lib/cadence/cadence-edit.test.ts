import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/form/template';
import { BUILT_IN_CADENCE, CADENCE_LIMITS, type Cadence, type CadenceStep } from '@/lib/tasks/cadence-schema';
import {
  addCadence,
  addStep,
  deleteCadence,
  duplicateCadence,
  moveCadence,
  moveStep,
  removeStep,
  renameCadence,
  uniqueName,
  updateStep,
} from './cadence-edit';

/** Predictable ids: id-1, id-2, … */
function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

const step = (id: string, amount = 0): CadenceStep => ({
  id,
  type: 'call',
  offset: { unit: 'days', amount },
  template: `Step ${id}`,
});
const cadence = (id: string, stepIds = ['a', 'b', 'c']): Cadence => ({
  id,
  name: `Cadence ${id}`,
  steps: stepIds.map((s, i) => step(s, i)),
});

/** A list deep-frozen like the built-in, so any edit in place would throw. */
function frozenList(): Cadence[] {
  const list = [structuredClone(BUILT_IN_CADENCE), cadence('x'), cadence('y')];
  for (const c of list) {
    for (const s of c.steps) Object.freeze(Object.freeze(s).offset);
    Object.freeze(c.steps);
    Object.freeze(c);
  }
  return Object.freeze(list) as Cadence[];
}

const names = (list: Cadence[]) => list.map((c) => c.name);
const stepIds = (list: Cadence[], id: string) => list.find((c) => c.id === id)?.steps.map((s) => s.id);

describe('addCadence', () => {
  it('adds "New cadence" with one step and injected ids, at the end', () => {
    const list = frozenList();
    const next = addCadence(list, ids());
    expect(next).toHaveLength(4);
    expect(next.at(-1)).toStrictEqual({
      id: 'id-2',
      name: 'New cadence',
      steps: [
        {
          id: 'id-1',
          type: 'linkedin_message',
          offset: { unit: 'days', amount: 0 },
          template: defaultTemplates.linkedin_message,
        },
      ],
    });
  });

  it('makes the name unique', () => {
    const newId = ids();
    const once = addCadence(frozenList(), newId);
    const twice = addCadence(once, newId);
    expect(names(twice).slice(3)).toStrictEqual(['New cadence', 'New cadence 2']);
    const thrice = addCadence(renameCadence(twice, 'id-4', 'new CADENCE 3 '), newId);
    expect(names(thrice).slice(3)).toStrictEqual(['New cadence', 'new CADENCE 3 ', 'New cadence 2']);
  });

  it('stops at the limit (the same list back)', () => {
    const newId = ids();
    let list: Cadence[] = [];
    for (let i = 0; i < CADENCE_LIMITS.cadences; i++) list = addCadence(list, newId);
    expect(new Set(names(list)).size).toBe(CADENCE_LIMITS.cadences);
    expect(list).toHaveLength(CADENCE_LIMITS.cadences);
    expect(addCadence(list, ids())).toBe(list);
  });
});

describe('uniqueName', () => {
  it('keeps the numbered name within the length limit', () => {
    const long = 'n'.repeat(CADENCE_LIMITS.nameMax);
    const name = uniqueName([{ ...cadence('a'), name: long }], long);
    expect(name).toBe(`${'n'.repeat(CADENCE_LIMITS.nameMax - 2)} 2`);
  });
});

describe('duplicateCadence', () => {
  it('inserts "X (copy)" right after the original, with new ids for it and its steps', () => {
    const list = frozenList();
    const next = duplicateCadence(list, BUILT_IN_CADENCE.id, ids());
    expect(names(next)).toStrictEqual([
      'Connect, then follow up',
      'Connect, then follow up (copy)',
      'Cadence x',
      'Cadence y',
    ]);
    const copy = next[1] as Cadence;
    expect(copy.id).toBe('id-1');
    expect(copy.steps.map((s) => s.id)).toStrictEqual(['id-2', 'id-3', 'id-4']);
    expect(copy.steps.map(({ id: _id, ...rest }) => rest)).toStrictEqual(
      BUILT_IN_CADENCE.steps.map(({ id: _id, ...rest }) => rest),
    );
    expect(copy.steps[1]?.offset).not.toBe(BUILT_IN_CADENCE.steps[1]?.offset);
  });

  it('numbers a second copy and ignores an unknown id', () => {
    const once = duplicateCadence(frozenList(), 'x', ids());
    expect(names(duplicateCadence(once, 'x', ids()))).toContain('Cadence x (copy) 2');
    expect(duplicateCadence(once, 'nope', ids())).toBe(once);
  });

  it('keeps a long name’s copy within the limit', () => {
    const list = [{ ...cadence('a'), name: 'L'.repeat(CADENCE_LIMITS.nameMax) }];
    const copyName = duplicateCadence(list, 'a', ids())[1]?.name ?? '';
    expect(copyName).toHaveLength(CADENCE_LIMITS.nameMax);
    expect(copyName.endsWith(' (copy)')).toBe(true);
  });
});

describe('deleteCadence and renameCadence', () => {
  it('deletes by id, the built-in too', () => {
    expect(names(deleteCadence(frozenList(), BUILT_IN_CADENCE.id))).toStrictEqual(['Cadence x', 'Cadence y']);
    const list = frozenList();
    expect(deleteCadence(list, 'nope')).toBe(list);
  });

  it('renames as typed (spaces kept), cut to the limit', () => {
    expect(names(renameCadence(frozenList(), 'x', 'Warm intro ')).at(1)).toBe('Warm intro ');
    expect(renameCadence(frozenList(), 'x', 'r'.repeat(99))[1]?.name).toHaveLength(CADENCE_LIMITS.nameMax);
    const list = frozenList();
    expect(renameCadence(list, 'nope', 'A')).toBe(list);
    expect(renameCadence(list, 'x', 'Cadence x')).toBe(list);
  });
});

describe('moveCadence', () => {
  it('moves a cadence up or down', () => {
    expect(moveCadence(frozenList(), 0, 2).map((c) => c.id)).toStrictEqual(['x', 'y', BUILT_IN_CADENCE.id]);
    expect(moveCadence(frozenList(), 2, 0).map((c) => c.id)).toStrictEqual(['y', BUILT_IN_CADENCE.id, 'x']);
  });

  it('ignores a move out of range or onto itself', () => {
    const list = frozenList();
    expect(moveCadence(list, 0, 3)).toBe(list);
    expect(moveCadence(list, -1, 0)).toBe(list);
    expect(moveCadence(list, 1, 1)).toBe(list);
  });
});

describe('addStep', () => {
  it('appends a step like the last one, 3 days later', () => {
    const list = frozenList();
    const next = addStep(list, BUILT_IN_CADENCE.id, ids());
    expect(next[0]?.steps.at(-1)).toStrictEqual({
      id: 'id-1',
      type: 'call',
      offset: { unit: 'businessDays', amount: 10 },
      template: defaultTemplates.call,
    });
    expect(next[1]).toBe(list[1]); // untouched cadences are reused
  });

  it('takes the fields given, and keeps offsets whole and in range', () => {
    const next = addStep(frozenList(), 'x', ids(), {
      type: 'text',
      offset: { unit: 'days', amount: 999.7 },
      template: 'Text {first_name}',
    });
    expect(next[1]?.steps.at(-1)).toStrictEqual({
      id: 'id-1',
      type: 'text',
      offset: { unit: 'days', amount: CADENCE_LIMITS.offsetMax },
      template: 'Text {first_name}',
    });
  });

  it('stops at the step limit and ignores an unknown cadence', () => {
    const newId = ids();
    let list: Cadence[] = [cadence('a', ['s'])];
    for (let i = 1; i < CADENCE_LIMITS.steps; i++) list = addStep(list, 'a', newId);
    expect(list[0]?.steps).toHaveLength(CADENCE_LIMITS.steps);
    expect(new Set(list[0]?.steps.map((s) => s.id)).size).toBe(CADENCE_LIMITS.steps);
    expect(addStep(list, 'a', ids())).toBe(list);
    expect(addStep(list, 'nope', ids())).toBe(list);
  });
});

describe('updateStep', () => {
  it('changes only the given fields of that step', () => {
    const list = frozenList();
    const next = updateStep(list, 'x', 'b', { template: 'New text' });
    expect(next[1]?.steps[1]).toStrictEqual({ ...step('b', 1), template: 'New text' });
    expect(next[1]?.steps[0]).toBe(list[1]?.steps[0]);
    expect(next[0]).toBe(list[0]);
  });

  it('repairs a cleared number field to "same day" and cuts long templates', () => {
    const next = updateStep(frozenList(), 'x', 'b', {
      offset: { unit: 'businessDays', amount: Number.NaN },
      template: 't'.repeat(2000),
    });
    expect(next[1]?.steps[1]?.offset).toStrictEqual({ unit: 'businessDays', amount: 0 });
    expect(next[1]?.steps[1]?.template).toHaveLength(CADENCE_LIMITS.templateMax);
    expect(
      updateStep(frozenList(), 'x', 'b', { offset: { unit: 'days', amount: -4 } })[1]?.steps[1]?.offset,
    ).toStrictEqual({
      unit: 'days',
      amount: 0,
    });
  });

  it('ignores an unknown cadence or step', () => {
    const list = frozenList();
    expect(updateStep(list, 'nope', 'b', { type: 'text' })).toBe(list);
    expect(updateStep(list, 'x', 'nope', { type: 'text' })).toBe(list);
  });
});

describe('removeStep', () => {
  it('removes a step by id', () => {
    expect(stepIds(removeStep(frozenList(), 'x', 'b'), 'x')).toStrictEqual(['a', 'c']);
  });

  it('never removes the last step', () => {
    const list = [cadence('a', ['only'])];
    expect(removeStep(list, 'a', 'only')).toBe(list);
  });
});

describe('moveStep', () => {
  it('reorders steps within their cadence', () => {
    expect(stepIds(moveStep(frozenList(), 'x', 0, 2), 'x')).toStrictEqual(['b', 'c', 'a']);
    expect(stepIds(moveStep(frozenList(), 'x', 2, 1), 'x')).toStrictEqual(['a', 'c', 'b']);
  });

  it('ignores a move out of range', () => {
    const list = frozenList();
    expect(moveStep(list, 'x', 0, 3)).toBe(list);
    expect(moveStep(list, 'x', 1, 1)).toBe(list);
  });
});
