import { describe, expect, it } from 'vitest';
import type { FormValues } from '@/lib/form/form-state';
import { BATCH_LIMITS } from '@/lib/tasks/batch';
import { BUILT_IN_CADENCE } from '@/lib/tasks/cadence-schema';
import type { PersonRef } from '@/lib/tasks/task-schema';
import {
  batchButtonLabel,
  batchRefusal,
  batchSubmissions,
  type PersonIds,
  personPlan,
  templatePerson,
} from './batch-submissions';
import { planCadence } from './cadence-plan';

const person = (fullName: string, slug: string, currentCompany: string | null = null): PersonRef => ({
  profileUrl: `https://www.linkedin.com/in/${slug}/`,
  fullName,
  firstName: null,
  lastName: null,
  headline: null,
  currentTitle: null,
  currentCompany,
  location: null,
});
const ada = person('Ada Quill', 'ada-quill', 'Lumen');
const bo = person('Bo Lindgren', 'bo-lindgren');

const form: FormValues = {
  taskType: 'linkedin_message',
  contentText: 'Message {first_name} about the {company} role',
  textEdited: true,
  dueText: 'Tomorrow',
  dueIso: '2026-12-08T17:00:00.000Z',
  dueError: null,
  ownerIds: ['tm_1'],
  job: null,
  deal: null,
  client: null,
};

/** Ids per person as the form keeps them, recorded so a test can see what was asked. */
function idsKeeper() {
  const kept = new Map<string, PersonIds>();
  const idsFor = (p: PersonRef, count: number) => {
    const ids = kept.get(p.profileUrl) ?? {
      runId: `run-${p.fullName}`,
      clientIds: Array.from({ length: count }, () => crypto.randomUUID()),
    };
    kept.set(p.profileUrl, ids);
    return ids;
  };
  return { kept, idsFor };
}

describe('batchSubmissions: one task each', () => {
  it('fills the text per person and puts one batch naming the people on every submission', () => {
    const { idsFor } = idsKeeper();
    const subs = batchSubmissions({ people: [ada, bo], form, cadence: null, batchId: 'b1', idsFor });
    expect(subs.map((s) => s.task.content_text)).toEqual([
      'Message Ada about the Lumen role',
      'Message Bo about the role',
    ]);
    expect(subs.map((s) => s.person.profileUrl)).toEqual([ada.profileUrl, bo.profileUrl]);
    expect(subs.every((s) => s.batch?.id === 'b1' && s.batch.people === 2)).toBe(true);
    expect(subs.every((s) => s.group === undefined)).toBe(true);
    expect(subs[0]?.task).toMatchObject({
      task_type: 'linkedin_message',
      owner_ids: ['tm_1'],
      due_date: form.dueIso,
    });
  });

  it('sends the same client ids when pressed again with the same ids kept', () => {
    const { idsFor } = idsKeeper();
    const first = batchSubmissions({ people: [ada, bo], form, cadence: null, batchId: 'b1', idsFor });
    const again = batchSubmissions({ people: [ada, bo], form, cadence: null, batchId: 'b1', idsFor });
    expect(again.map((s) => s.clientId)).toEqual(first.map((s) => s.clientId));
    expect(new Set(first.map((s) => s.clientId)).size).toBe(2);
  });
});

describe('batchSubmissions: a cadence', () => {
  const run = {
    cadence: BUILT_IN_CADENCE,
    texts: {},
    defaultTime: '09:00',
    now: new Date('2026-12-07T10:00:00'),
  };

  it('makes each person’s steps one group of their own, in order, all in the batch', () => {
    const { idsFor } = idsKeeper();
    const subs = batchSubmissions({ people: [ada, bo], form, cadence: run, batchId: 'b2', idsFor });
    expect(subs).toHaveLength(6);
    const groups = subs.map((s) => `${s.person.fullName}:${s.group?.id}:${s.group?.index}/${s.group?.count}`);
    expect(groups).toEqual([
      'Ada Quill:run-Ada Quill:0/3',
      'Ada Quill:run-Ada Quill:1/3',
      'Ada Quill:run-Ada Quill:2/3',
      'Bo Lindgren:run-Bo Lindgren:0/3',
      'Bo Lindgren:run-Bo Lindgren:1/3',
      'Bo Lindgren:run-Bo Lindgren:2/3',
    ]);
    expect(subs.every((s) => s.batch?.id === 'b2' && s.batch.people === 2)).toBe(true);
    expect(subs[2]?.task.content_text).toBe('Call Ada Quill (Lumen)');
    expect(subs[5]?.task.content_text).toBe('Call Bo Lindgren');
  });

  it('links every task of every person to the job, deal and client chosen on the list form', () => {
    const linked: FormValues = {
      ...form,
      job: { id: 'job-7', label: 'Platform Lead' },
      deal: null,
      client: { id: 'client-2', label: 'Lumen' },
    };
    for (const cadence of [null, run]) {
      const subs = batchSubmissions({
        people: [ada, bo],
        form: linked,
        cadence,
        batchId: 'b3',
        ...idsKeeper(),
      });
      expect(subs.length).toBe(cadence ? 6 : 2);
      for (const { task } of subs)
        expect([task.job_id, task.deal_id, task.client_id]).toEqual(['job-7', null, 'client-2']);
    }
  });

  it('fills an edited step template per person, step numbers included', () => {
    const texts = { message: 'Write to {first_name} ({step} of {steps})' };
    expect(personPlan({ ...run, texts }, bo, form)[1]?.text).toBe('Write to Bo (2 of 3)');
    const { idsFor } = idsKeeper();
    const subs = batchSubmissions({ people: [ada], form, cadence: { ...run, texts }, batchId: 'b3', idsFor });
    expect(subs[1]?.task.content_text).toBe('Write to Ada (2 of 3)');
  });

  it('shows the steps as templates when planned for the template person', () => {
    const plan = planCadence(BUILT_IN_CADENCE, templatePerson, {
      firstDue: null,
      defaultTime: '09:00',
      now: run.now,
    });
    expect(plan[0]?.text).toBe('Send {first_name} a connection request');
  });
});

describe('batchRefusal and batchButtonLabel', () => {
  it('refuses nobody, too many people, too many items', () => {
    expect(batchRefusal(0, 1)).toMatch(/at least one/);
    expect(batchRefusal(BATCH_LIMITS.people + 1, 1)).toMatch(/at most/);
    expect(batchRefusal(BATCH_LIMITS.people, 6)).toMatch(/at most 41 people/);
    expect(batchRefusal(3, 3)).toBeNull();
  });

  it('says how many tasks a press creates', () => {
    expect(batchButtonLabel(0, 3)).toBe('Create tasks');
    expect(batchButtonLabel(1, 1)).toBe('Create 1 task');
    expect(batchButtonLabel(3, 1)).toBe('Create 3 tasks');
    expect(batchButtonLabel(3, 4)).toBe('Create 3 × 4 tasks');
  });
});
