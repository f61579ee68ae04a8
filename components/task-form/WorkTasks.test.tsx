// @vitest-environment happy-dom
/**
 * Working a person's tasks in the form: open ones first by due date with the worked ones below as
 * done, the message copied with its variables filled, a note over LinkedIn's limit refused before
 * copying, a log sent through the form's submit, and Ctrl+Enter in a card creating no task.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OpenTask } from '@/lib/messaging';
import { focusTaskItem } from '@/lib/storage/page-data';
import { workedTasksItem } from '@/lib/storage/shared-state';
import type { ActivitySubmission } from '@/lib/tasks/activity-schema';
import { button, byLabel, flush, jordan, mountForm, type, unmountForms } from '@/tests/support/form-harness';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60_000).toISOString();
const tasks: OpenTask[] = [
  { id: 'later', taskType: 'call', contentText: 'Call {first_name}', dueDate: inDays(5), owners: [] },
  { id: 'worked', taskType: 'linkedin_message', contentText: 'Old one', dueDate: inDays(-9), owners: [] },
  {
    id: 'overdue',
    taskType: 'linkedin_message',
    contentText: 'Hi {first_name}, still at {company}?',
    dueDate: inDays(-2),
    owners: [],
  },
];
const writeText = vi.fn();

async function answer(name: string, data: unknown) {
  if (name === 'lookupPerson') return { ok: true, person: null };
  if (name === 'listOpenTasks') return { ok: true, tasks };
  if (name === 'listTeamMembers') return { ok: true, members: [] };
  if (name === 'submit') {
    const { submissions } = data as { submissions: ActivitySubmission[] };
    // As the background does: the task a log works is marked worked once the log is queued.
    const taskIds = submissions.flatMap((s) => (s.activity.taskId ? [s.activity.taskId] : []));
    await workedTasksItem.setValue({
      ...(await workedTasksItem.getValue()),
      ...Object.fromEntries(taskIds.map((id) => [id, Date.now()])),
    });
    return { state: 'accepted', steps: submissions.map((item) => ({ state: 'created', item })) };
  }
  throw new Error(`unexpected ${name}`);
}
const cards = () => [...document.querySelectorAll<HTMLDetailsElement>('.sx-work-card')];
const submits = () => sendMessage.mock.calls.filter(([name]) => name === 'submit');
/** Every submission sent, in order. */
const sentLogs = () =>
  submits().flatMap(([, data]) => (data as { submissions: ActivitySubmission[] }).submissions);

describe('WorkTasks in the form', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await workedTasksItem.setValue({ worked: Date.now() - 60_000 });
    sendMessage.mockImplementation(async (name: string, data: unknown) => answer(name, data));
    writeText.mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(unmountForms);

  it('lists the open tasks first by due date, the worked one below as done and not counted', async () => {
    await mountForm(jordan({ currentCompany: 'Northwind' }));
    expect(document.querySelector('.sx-open-tasks > summary')?.textContent).toMatch(
      /^2 open tasks · LinkedIn message, overdue, .* · 1 done$/,
    );
    expect(cards().map((c) => c.querySelector('summary')?.textContent)).toEqual([
      expect.stringMatching(/^LinkedIn message · overdue/),
      expect.stringMatching(/^Call · due /),
      expect.stringMatching(/^LinkedIn message · overdue.*Done · logged/),
    ]);
    expect(cards().map((c) => c.open)).toEqual([true, false, false]);
    expect(cards()[2]?.textContent).toMatch(/Done · logged \d{1,2}:\d\d.* — Stardex still lists it as open/);
  });

  it('puts the task Due today opened first, open', async () => {
    await focusTaskItem.setValue({ taskId: 'later', profileUrl: jordan().profileUrl, at: Date.now() });
    await mountForm(jordan());
    expect(cards()[0]?.open).toBe(true);
    expect(cards()[0]?.querySelector('summary')?.textContent).toMatch(/^Call · due /);
    expect(byLabel('Call notes').value).toBe('Call Jordan');
  });

  it('copies the message with the person’s name filled in', async () => {
    await mountForm(jordan({ currentCompany: 'Northwind' }));
    expect(byLabel('Message to send').value).toBe('Hi Jordan, still at Northwind?');
    await act(() => button('Copy').click());
    await flush();
    expect(writeText).toHaveBeenCalledWith('Hi Jordan, still at Northwind?');
    expect(document.body.textContent).toContain('Copied. Paste it in LinkedIn');
  });

  it('refuses to copy a connection note over 300 characters, saying so on the button', async () => {
    tasks.push({
      id: 'note',
      taskType: 'linkedin_connection',
      contentText: 'n'.repeat(320),
      dueDate: inDays(-30),
      owners: [],
    });
    try {
      await mountForm(jordan());
      expect(byLabel('Connection note').value).toHaveLength(320);
      expect(document.body.textContent).toContain('320 / 300');
      await act(() => button('Too long to copy').click());
      expect(writeText).not.toHaveBeenCalled();
      expect(document.body.textContent).toContain('Cut 20 before you copy.');
      await act(() => type(byLabel('Connection note'), 'n'.repeat(300)));
      await act(() => button('Copy').click());
      expect(writeText).toHaveBeenCalledOnce();
    } finally {
      tasks.pop();
    }
  });

  it('logs the edited text on the task, once, and shows it done beside the button', async () => {
    await mountForm(jordan());
    await act(() => type(byLabel('Message to send'), 'Hi Jordan, a quick question'));
    // Ctrl+Enter in the card is not the form's Create.
    await act(() => {
      byLabel('Message to send').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
      );
    });
    await flush();
    expect(submits()).toHaveLength(0);
    await act(() => {
      button('Log as sent').click();
      button('Log as sent')?.click();
    });
    await flush();
    expect(submits()).toHaveLength(1);
    const sent = sentLogs();
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'activity',
        activity: { touch: 'linkedin_message', text: 'Hi Jordan, a quick question', taskId: 'overdue' },
      }),
    ]);
    const [first] = cards();
    expect(first?.textContent).toContain('Logged in Stardex.');
    expect(first?.querySelector('summary')?.textContent).toMatch(/Done · logged/);
    expect(document.querySelector('.sx-open-tasks > summary')?.textContent).toMatch(/^1 open task · /);
  });

  it('keeps a refused log in place, open, with Log again', async () => {
    await mountForm(jordan());
    sendMessage.mockImplementationOnce(async (_name: string, data: unknown) => {
      await answer('submit', data);
      return { state: 'accepted', steps: [{ state: 'failed', reason: 'API key rejected', item: {} }] };
    });
    await act(() => button('Log as sent').click());
    await flush();
    const [first] = cards();
    expect(first?.textContent).toContain('Not logged: API key rejected');
    expect(first?.querySelector('summary')?.textContent).not.toMatch(/Done/);
    // Still to do, though the background marked it worked when it queued the log.
    expect(document.querySelector('.sx-open-tasks > summary')?.textContent).toMatch(/^2 open tasks · /);
    await act(() => button('Log again').click());
    await flush();
    expect(cards()[0]?.textContent).toContain('Logged in Stardex.');
  });

  it('logs their reply without a task', async () => {
    await mountForm(jordan());
    await act(() => button('Log a touch').click());
    await act(() => button('Log their reply').click());
    await act(() => type(byLabel('Their reply'), 'Thanks, let’s talk Friday'));
    await act(() => button('Log reply').click());
    await flush();
    const [sent] = sentLogs();
    expect(sent?.activity).toEqual({
      touch: 'linkedin_message_response',
      text: 'Thanks, let’s talk Friday',
      taskId: null,
    });
    expect(document.body.textContent).toContain('Logged in Stardex.');
  });
});
