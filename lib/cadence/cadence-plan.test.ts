import { describe, expect, it } from 'vitest';
import { resolveDuePick, toDueIso } from '@/lib/form/due-date';
import { defaultTemplates, type TemplatePerson } from '@/lib/form/template';
import { BUILT_IN_CADENCE, type Cadence } from '@/lib/tasks/cadence-schema';
import { cadenceButtonLabel, planCadence } from './cadence-plan';

const ada: TemplatePerson = {
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentTitle: 'Analyst',
  currentCompany: 'Engines Ltd',
};

/** Local wall-clock of a date, for zone-independent assertions. */
function wall(date: Date | null) {
  if (date === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Thursday 5 March 2026, 07:45 local.
const now = new Date(2026, 2, 5, 7, 45);

describe('planCadence', () => {
  it('plans the built-in from "Today": connection today, message +3 and call +7 business days', () => {
    const firstDue = resolveDuePick('today', now, '09:00');
    const plan = planCadence(BUILT_IN_CADENCE, ada, { firstDue, defaultTime: '09:00', now });
    expect(plan.map((p) => ({ ...p, due: wall(p.due) }))).toStrictEqual([
      {
        stepId: 'connect',
        type: 'linkedin_connection',
        due: '2026-03-05 09:00',
        text: 'Send Ada a connection request',
      },
      {
        stepId: 'message',
        type: 'linkedin_message',
        due: '2026-03-10 09:00',
        text: 'Message Ada after the connection request (2/3)',
      },
      { stepId: 'call', type: 'call', due: '2026-03-16 09:00', text: 'Call Ada Lovelace (Engines Ltd)' },
    ]);
    for (const step of plan) expect(toDueIso(step.due)).toMatch(/Z$/);
  });

  it('counts from a custom first date and uses the default time for the others', () => {
    const firstDue = new Date(2026, 2, 6, 16, 30); // Friday
    const plan = planCadence(BUILT_IN_CADENCE, ada, { firstDue, defaultTime: '10:15', now });
    expect(plan.map((p) => wall(p.due))).toStrictEqual([
      '2026-03-06 16:30',
      '2026-03-11 10:15',
      '2026-03-17 10:15',
    ]);
  });

  it('keeps "No due date" for the first step and counts the others from today', () => {
    const plan = planCadence(BUILT_IN_CADENCE, ada, { firstDue: null, defaultTime: '09:00', now });
    expect(plan.map((p) => wall(p.due))).toStrictEqual([null, '2026-03-10 09:00', '2026-03-16 09:00']);
  });

  it('gives a blank step template its type’s default text', () => {
    const cadence: Cadence = {
      id: 'c',
      name: 'Blank',
      steps: [{ id: 's', type: 'text', offset: { unit: 'days', amount: 0 }, template: '  ' }],
    };
    const [step] = planCadence(cadence, ada, { firstDue: null, defaultTime: '09:00', now });
    expect(step?.text).toBe(defaultTemplates.text.replace('{first_name}', 'Ada'));
  });
});

describe('cadenceButtonLabel', () => {
  it('says how many tasks the click creates', () => {
    expect(cadenceButtonLabel(1)).toBe('Create task');
    expect(cadenceButtonLabel(3)).toBe('Create 3 tasks');
    expect(cadenceButtonLabel(10)).toBe('Create 10 tasks');
  });
});
