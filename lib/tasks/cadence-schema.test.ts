import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CADENCE,
  CADENCE_LIMITS,
  CADENCES_VERSION,
  type Cadence,
  cadenceListSchema,
  cadenceMigrations,
  clipText,
  initialCadenceList,
  offsetLabel,
  parseCadences,
  storedCadencesSchema,
  UNTITLED_CADENCE_NAME,
} from './cadence-schema';

const step = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'call',
  offset: { unit: 'days', amount: 1 },
  template: 'Call {full_name}',
  ...extra,
});
const cadence = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Cadence ${id}`,
  steps: [step('s1')],
  ...extra,
});

describe('BUILT_IN_CADENCE', () => {
  it('is connection today, message +3 business days, call +7 business days', () => {
    expect(BUILT_IN_CADENCE.id).toBe('connect-then-follow-up');
    expect(BUILT_IN_CADENCE.name).toBe('Connect, then follow up');
    expect(BUILT_IN_CADENCE.steps.map((s) => [s.type, s.offset.unit, s.offset.amount])).toStrictEqual([
      ['linkedin_connection', 'days', 0],
      ['linkedin_message', 'businessDays', 3],
      ['call', 'businessDays', 7],
    ]);
  });

  it('is a valid stored value, and cannot be changed in place', () => {
    expect(cadenceListSchema().parse(initialCadenceList())).toStrictEqual({ cadences: [BUILT_IN_CADENCE] });
    expect(() => {
      (BUILT_IN_CADENCE.steps[0] as { template: string }).template = 'changed';
    }).toThrow(TypeError);
  });

  it('is handed out as a copy, so an edit of the seed never reaches the constant', () => {
    const seeded = initialCadenceList().cadences[0] as Cadence;
    seeded.name = 'Mine';
    expect(BUILT_IN_CADENCE.name).toBe('Connect, then follow up');
  });
});

describe('storage version', () => {
  it('starts at v1 with no migration steps yet', () => {
    expect(CADENCES_VERSION).toBe(1);
    expect(Object.keys(cadenceMigrations)).toStrictEqual([]);
  });
});

describe('parseCadences', () => {
  it('seeds the built-in when nothing (or nothing readable) is stored', () => {
    expect(parseCadences(undefined)).toStrictEqual([BUILT_IN_CADENCE]);
    expect(parseCadences(null)).toStrictEqual([BUILT_IN_CADENCE]);
    expect(parseCadences('garbage')).toStrictEqual([BUILT_IN_CADENCE]);
    expect(parseCadences({ cadences: 'garbage' })).toStrictEqual([BUILT_IN_CADENCE]);
  });

  it('keeps an empty list empty (the recruiter deleted every cadence, the built-in too)', () => {
    expect(parseCadences({ cadences: [] })).toStrictEqual([]);
  });

  it('reads the stored object and a bare array alike', () => {
    const stored = [cadence('a'), cadence('b')];
    expect(parseCadences({ cadences: stored }).map((c) => c.id)).toStrictEqual(['a', 'b']);
    expect(parseCadences(stored).map((c) => c.id)).toStrictEqual(['a', 'b']);
  });

  it('drops an invalid cadence and keeps the valid ones', () => {
    const parsed = parseCadences({
      cadences: [cadence('a'), cadence(''), { name: 'no id', steps: [step('s1')] }, 42, cadence('b')],
    });
    expect(parsed.map((c) => c.id)).toStrictEqual(['a', 'b']);
  });

  it('drops invalid steps, and a cadence only when none is left', () => {
    const parsed = parseCadences([
      cadence('a', {
        steps: [
          step('ok'),
          step('bad-type', { type: 'fax' }),
          step('bad-offset', { offset: { unit: 'weeks', amount: 1 } }),
          step('negative', { offset: { unit: 'days', amount: -1 } }),
          step('fraction', { offset: { unit: 'days', amount: 1.5 } }),
          step('too-far', { offset: { unit: 'days', amount: 366 } }),
          step('ok'), // a duplicate id: the first one wins
        ],
      }),
      cadence('b', { steps: [step('x', { type: 'fax' })] }),
      cadence('c', { steps: 'none' }),
    ]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.steps.map((s) => s.id)).toStrictEqual(['ok']);
  });

  it('repairs names and templates instead of dropping the cadence', () => {
    const parsed = parseCadences([
      cadence('a', { name: '   ' }),
      cadence('b', { name: 7 }),
      cadence('c', { name: `  ${'n'.repeat(80)}  ` }),
      cadence('d', {
        steps: [step('s', { template: 't'.repeat(1500) }), step('t', { template: undefined })],
      }),
    ]);
    expect(parsed.map((c) => c.name)).toStrictEqual([
      UNTITLED_CADENCE_NAME,
      UNTITLED_CADENCE_NAME,
      'n'.repeat(CADENCE_LIMITS.nameMax),
      'Cadence d',
    ]);
    expect(parsed[3]?.steps.map((s) => s.template.length)).toStrictEqual([CADENCE_LIMITS.templateMax, 0]);
  });

  it('cuts to the limits: 10 steps a cadence, 20 cadences, later duplicate ids dropped', () => {
    const manySteps = Array.from({ length: 14 }, (_, i) => step(`s${i}`));
    const manyCadences = [cadence('dup'), cadence('dup', { name: 'Second' })];
    for (let i = 0; i < 30; i++) manyCadences.push(cadence(`c${i}`, { steps: manySteps }));
    const parsed = parseCadences(manyCadences);
    expect(parsed).toHaveLength(CADENCE_LIMITS.cadences);
    expect(parsed[0]?.name).toBe('Cadence dup');
    expect(parsed[1]?.id).toBe('c0');
    expect(parsed[1]?.steps).toHaveLength(CADENCE_LIMITS.steps);
  });

  it('strips fields it does not know (a newer build’s extras)', () => {
    const parsed = parseCadences([cadence('a', { colour: 'red', steps: [step('s', { note: 'x' })] })]);
    expect(parsed[0]).toStrictEqual({
      id: 'a',
      name: 'Cadence a',
      steps: [{ id: 's', type: 'call', offset: { unit: 'days', amount: 1 }, template: 'Call {full_name}' }],
    });
  });
});

describe('storedCadencesSchema', () => {
  it('reads a damaged stored value as parseCadences does, wrapped as the stored object', () => {
    const damaged = { cadences: [cadence('a'), 42, cadence('b', { steps: [step('x', { type: 'fax' })] })] };
    expect(storedCadencesSchema.parse(damaged)).toStrictEqual({ cadences: parseCadences(damaged) });
    expect(storedCadencesSchema.parse(damaged).cadences.map((c) => c.id)).toStrictEqual(['a']);
    expect(storedCadencesSchema.parse('garbage')).toStrictEqual({ cadences: [BUILT_IN_CADENCE] });
  });
});

describe('clipText', () => {
  it('cuts to the limit without leaving half an emoji', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('abcdef', 3)).toBe('abc');
    expect(clipText('ab😀', 3)).toBe('ab');
  });
});

describe('offsetLabel', () => {
  it('names the offset as the editor shows it', () => {
    expect(offsetLabel({ unit: 'days', amount: 0 })).toBe('Same day');
    expect(offsetLabel({ unit: 'businessDays', amount: 0 })).toBe('Same day');
    expect(offsetLabel({ unit: 'days', amount: 1 })).toBe('+1 day');
    expect(offsetLabel({ unit: 'days', amount: 3 })).toBe('+3 days');
    expect(offsetLabel({ unit: 'businessDays', amount: 1 })).toBe('+1 business day');
    expect(offsetLabel({ unit: 'businessDays', amount: 3 })).toBe('+3 business days');
  });
});
