// .tsx only because vitest.config.ts includes components/**/*.test.tsx (not .ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormValues } from '@/lib/form/form-state';
import { submission as validSubmission } from '@/tests/support/outbox-test-kit';
import { submitRun, summarize } from './submit-run';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const submission = validSubmission();
const form: FormValues = {
  taskType: 'call',
  contentText: 'Call',
  textEdited: true,
  dueText: '',
  dueIso: null,
  dueError: null,
  ownerIds: ['m1', 'gone'],
  job: null,
  deal: null,
  client: null,
};

describe('summarize', () => {
  it('names the type, person, due and the owners it knows', () => {
    const members = [{ id: 'm1', firstName: 'Rita', lastName: 'Recruiter', email: null, imageUrl: null }];
    expect(summarize(form, 'Jordan Rivera', members)).toBe(
      'Call for Jordan Rivera, no due date, owners: Rita Recruiter',
    );
  });
});

/** The background's answer for a run of one task. */
const one = (step: object) => ({ state: 'accepted', steps: [step] });
/** Stardex refused the one task, naming `field`. */
const refusedOn = (field: string, reason: string) =>
  one({
    state: 'failed',
    reason,
    item: { lastError: { kind: 'validation', message: 'x', field, status: 422 } },
  });
const submitTask = (s: typeof submission, summary: string) => submitRun([s], { summary });

describe('submitRun, one task', () => {
  beforeEach(() => sendMessage.mockReset());

  it('treats created and queued as delivered', async () => {
    sendMessage.mockResolvedValueOnce(one({ state: 'created', item: {} }));
    expect(await submitTask(submission, 's')).toMatchObject({
      delivered: true,
      submit: { state: 'created' },
    });
    sendMessage.mockResolvedValueOnce(
      one({ state: 'queued', item: {}, reason: 'Offline; it will be sent.' }),
    );
    expect(await submitTask(submission, 's')).toMatchObject({
      delivered: true,
      submit: { state: 'queued', reason: 'Offline; it will be sent.' },
    });
  });

  it('gives the tasks Stardex created as open tasks, owners named from the team', async () => {
    const item = {
      taskId: 'task-1',
      task: { task_type: 'call', content_text: 'Call', due_date: null, owner_ids: ['m1'] },
    };
    sendMessage.mockResolvedValueOnce(one({ state: 'created', item }));
    const members = [{ id: 'm1', firstName: 'Rita', lastName: 'Recruiter', email: null, imageUrl: null }];
    expect((await submitRun([submission], { summary: 's' }, members)).created).toEqual([
      {
        id: 'task-1',
        taskType: 'call',
        contentText: 'Call',
        dueDate: null,
        owners: [{ id: 'm1', name: 'Rita Recruiter' }],
      },
    ]);
  });

  it('marks the field Stardex rejected', async () => {
    sendMessage.mockResolvedValueOnce(refusedOn('due_date', 'The due date was refused'));
    expect(await submitTask(submission, 's')).toEqual({
      delivered: false,
      submit: { state: 'failed', reason: 'The due date was refused' },
      fieldErrors: { due_date: 'The due date was refused' },
      created: [],
    });
  });

  it('ignores fields the form does not have and reports invalid submissions', async () => {
    sendMessage.mockResolvedValueOnce(refusedOn('person_id', 'Person rejected'));
    expect((await submitTask(submission, 's')).fieldErrors).toEqual({});
    sendMessage.mockResolvedValueOnce({ state: 'invalid', reason: 'Bad request' });
    expect(await submitTask(submission, 's')).toMatchObject({
      delivered: false,
      submit: { state: 'failed', reason: 'Bad request' },
    });
  });

  it('a lost reply for a task that is in the outbox says what became of it, never "not created"', async () => {
    sendMessage
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(one({ state: 'queued', item: {}, reason: 'Stardex is slow to answer' }));
    expect(await submitTask(submission, 's')).toMatchObject({ delivered: true, submit: { state: 'queued' } });
    expect(sendMessage).toHaveBeenLastCalledWith('getSubmission', { clientIds: [submission.clientId] });
  });

  it('a lost reply for a task the outbox never got, or no answer at all, keeps the text', async () => {
    sendMessage.mockRejectedValueOnce(new Error('closed')).mockResolvedValueOnce(null);
    expect(await submitTask(submission, 's')).toMatchObject({
      delivered: false,
      submit: {
        state: 'failed',
        reason: 'The task did not reach the extension. Your text is kept; create it again.',
      },
    });
    sendMessage.mockRejectedValueOnce(new Error('closed')).mockRejectedValueOnce(new Error('closed'));
    expect((await submitTask(submission, 's')).submit).toMatchObject({
      reason: expect.stringContaining('pressing Create again cannot make a second task'),
    });
  });

  it('what the schema would refuse is said on its field, and nothing is sent', async () => {
    const long = { ...submission, task: { ...submission.task, content_text: 'x'.repeat(10_001) } };
    expect(await submitTask(long, 's')).toMatchObject({
      delivered: false,
      fieldErrors: { content_text: 'Keep the task text to 10,000 characters.' },
    });
    const person = { ...submission, person: { ...submission.person, headline: 'h'.repeat(1001) } };
    expect((await submitTask(person, 's')).submit).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/^the person’s headline: /),
    });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('submitRun, a cadence', () => {
  beforeEach(() => sendMessage.mockReset());

  it('says the run by its name and how many steps are in Stardex; a lost reply asks after every step', async () => {
    const steps = [validSubmission(1), validSubmission(2)];
    sendMessage.mockRejectedValueOnce(new Error('closed')).mockResolvedValueOnce({
      state: 'accepted',
      steps: [
        { state: 'created', item: {} },
        { state: 'queued', item: {}, reason: 'Waiting for step 1' },
      ],
    });
    expect(await submitRun(steps, { cadence: 'Connect, then follow up' })).toMatchObject({
      delivered: true,
      submit: { state: 'queued', summary: 'Connect, then follow up — 1 of 2 in Stardex' },
    });
    expect(sendMessage).toHaveBeenLastCalledWith('getSubmission', {
      clientIds: steps.map((s) => s.clientId),
    });
    sendMessage.mockRejectedValueOnce(new Error('closed')).mockRejectedValueOnce(new Error('closed'));
    expect((await submitRun(steps, { cadence: 'C' })).submit).toMatchObject({
      reason: 'The extension did not answer. Pressing Create again cannot make the tasks twice.',
    });
  });
});

describe('submitRun, a logged touch', () => {
  beforeEach(() => sendMessage.mockReset());
  const log = {
    kind: 'activity' as const,
    clientId: crypto.randomUUID(),
    person: submission.person,
    activity: { touch: 'linkedin_message' as const, text: 'Hi Jordan', taskId: 'task-1' },
  };
  const label = { log: 'LinkedIn message sent' };

  it('goes through the same submit, and its outcome reads as a log, never as a task', async () => {
    sendMessage.mockResolvedValueOnce(one({ state: 'created', item: {} }));
    expect(await submitRun([log], label)).toEqual({
      delivered: true,
      submit: { state: 'created', summary: 'LinkedIn message sent' },
      fieldErrors: {},
      created: [],
    });
    expect(sendMessage).toHaveBeenLastCalledWith('submit', { submissions: [log] });
    sendMessage.mockResolvedValueOnce(one({ state: 'queued', item: {}, reason: 'retrying at 10:42' }));
    expect((await submitRun([log], label)).submit).toEqual({
      state: 'queued',
      summary: 'LinkedIn message sent',
      reason: 'retrying at 10:42',
    });
    sendMessage.mockResolvedValueOnce(one({ state: 'failed', item: {} }));
    expect((await submitRun([log], label)).submit).toEqual({
      state: 'failed',
      reason: 'Stardex refused the log',
    });
  });

  it('refuses an empty text before sending, and a lost reply says how to log again', async () => {
    const empty = { ...log, activity: { ...log.activity, text: ' ' } };
    expect((await submitRun([empty], label)).submit).toEqual({
      state: 'failed',
      reason: 'text: Paste or write what was sent.',
    });
    expect(sendMessage).not.toHaveBeenCalled();
    sendMessage.mockRejectedValueOnce(new Error('closed')).mockResolvedValueOnce(null);
    expect((await submitRun([log], label)).submit).toEqual({
      state: 'failed',
      reason: 'The log did not reach the extension. Your text is kept; log it again.',
    });
  });
});
