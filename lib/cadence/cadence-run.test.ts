import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/form/form-state';
import type { StepResult } from '@/lib/messaging';
import { BUILT_IN_CADENCE } from '@/lib/tasks/cadence-schema';
import { planCadence } from './cadence-plan';
import { runOutcome, runSubmissions, unsendableStep } from './cadence-run';

const person = {
  profileUrl: 'https://www.linkedin.com/in/ada-example/',
  fullName: 'Ada Example',
  firstName: 'Ada',
  lastName: 'Example',
  headline: null,
  currentTitle: 'Engineer',
  currentCompany: 'Acme',
  location: null,
};
const owner = '4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61';
const form: FormValues = {
  taskType: 'linkedin_message',
  contentText: 'the single task text, not used by a run',
  textEdited: false,
  dueText: '',
  dueIso: new Date(2026, 11, 4, 9, 0).toISOString(), // Friday 4 Dec 2026, 09:00 local
  dueError: null,
  ownerIds: [owner],
  job: { id: 'job-1', label: 'Backend' },
  deal: null,
  client: null,
};
const plan = planCadence(BUILT_IN_CADENCE, person, {
  firstDue: new Date(form.dueIso as string),
  defaultTime: '09:00',
  now: new Date(2026, 11, 1, 10, 0),
});
const ids = [
  '10000000-0000-4000-8000-000000000001',
  '10000000-0000-4000-8000-000000000002',
  '10000000-0000-4000-8000-000000000003',
];

describe('runSubmissions', () => {
  it('one submission per step: its type, due instant and text (edits win), the form’s owners and links, one run', () => {
    const subs = runSubmissions({
      name: BUILT_IN_CADENCE.name,
      plan,
      texts: { [plan[1]?.stepId as string]: 'Edited for Ada' },
      form,
      person,
      runId: 'run-1',
      clientIds: ids,
    });
    expect(subs.map((s) => s.task.task_type)).toEqual(['linkedin_connection', 'linkedin_message', 'call']);
    expect(subs.map((s) => s.clientId)).toEqual(ids);
    expect(subs[1]?.task.content_text).toBe('Edited for Ada');
    expect(subs[0]?.task.content_text).toContain('Ada');
    // Friday → +3 business days is Wednesday, +7 is the Tuesday after next, 09:00 local.
    expect(subs.map((s) => new Date(s.task.due_date as string).getDate())).toEqual([4, 9, 15]);
    expect(subs.every((s) => new Date(s.task.due_date as string).getHours() === 9)).toBe(true);
    expect(subs.every((s) => s.task.owner_ids[0] === owner && s.task.job_id === 'job-1')).toBe(true);
    expect(subs.map((s) => s.group)).toEqual(
      [0, 1, 2].map((index) => ({ id: 'run-1', name: BUILT_IN_CADENCE.name, index, count: 3 })),
    );
  });

  it('finds a step whose text was emptied', () => {
    expect(unsendableStep(plan, {})).toBe(-1);
    expect(unsendableStep(plan, { [plan[2]?.stepId as string]: '  ' })).toBe(2);
  });

  it('finds a step whose untouched template ends mid-sentence, until it is edited', () => {
    const half = plan.map((step, i) => (i === 1 ? { ...step, text: 'Message Ada about ' } : step));
    expect(unsendableStep(half, {})).toBe(1);
    expect(unsendableStep(half, { [plan[1]?.stepId as string]: 'Message Ada about the role' })).toBe(-1);
  });
});

describe('runOutcome', () => {
  const step = (state: 'created' | 'queued' | 'failed', reason = ''): StepResult =>
    state === 'created' ? { state, item: {} as never } : { state, item: {} as never, reason };
  it('says how many of the run are in Stardex, and why the rest wait', () => {
    expect(runOutcome('C', { state: 'accepted', steps: [step('created'), step('created')] })).toEqual({
      state: 'created',
      line: 'C — 2 of 2 in Stardex',
      reason: null,
    });
    expect(
      runOutcome('C', { state: 'accepted', steps: [step('created'), step('queued', 'Stardex is busy')] }),
    ).toEqual({
      state: 'queued',
      line: 'C — 1 of 2 in Stardex',
      reason: 'Stardex is busy; the rest will be sent automatically',
    });
    expect(
      runOutcome('C', { state: 'accepted', steps: [step('failed', 'Refused'), step('queued')] }),
    ).toMatchObject({
      state: 'queued',
      reason: expect.stringContaining('1 step needs attention in Options → Outbox'),
    });
    expect(runOutcome('C', { state: 'invalid', reason: 'No' })).toEqual({ state: 'failed', reason: 'No' });
  });
});
