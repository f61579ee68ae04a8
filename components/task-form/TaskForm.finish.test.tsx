// @vitest-environment happy-dom
/**
 * What makes the form read as finished: the owner defaults to the recruiter (asked once which
 * member they are), the person's state and open tasks follow a create, focus starts in the text.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '@/lib/storage/preferences';
import { button, flush, jordan, mountForm, unmountForms } from '@/tests/support/form-harness';
import { createdRun, sentTask } from '@/tests/support/submit-answers';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const person = jordan();
const openTask = { id: 't1', taskType: 'call', dueDate: null, contentText: 'Call', owners: [] };

let created = false;
function answer(name: string, data: unknown) {
  switch (name) {
    case 'lookupPerson':
      return { ok: true, person: created ? { id: 'p1', name: 'Jordan Rivera' } : null };
    case 'listOpenTasks':
      return { ok: true, tasks: created ? [openTask] : [] };
    case 'listTeamMembers':
      return {
        ok: true,
        members: [
          { id: OTHER, firstName: 'Olga', lastName: 'Other', email: null, imageUrl: null },
          { id: ME, firstName: 'Rita', lastName: 'Recruiter', email: null, imageUrl: null },
        ],
      };
    case 'submit':
      created = true;
      return createdRun(data);
    default:
      throw new Error(`unexpected ${name}`);
  }
}

const chips = () => [...document.querySelectorAll('.sx-chip span')].map((s) => s.textContent);
const askSelect = () => document.getElementById('sx-owners-me') as HTMLSelectElement | null;
const mount = () => mountForm(person);

describe('TaskForm, finished', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    created = false;
    sendMessage.mockImplementation(async (name: string, data: unknown) => answer(name, data));
  });
  afterEach(unmountForms);

  it('asks once which member the recruiter is, stores it as "This is me" and makes them the owner', async () => {
    await mount();
    expect(chips()).toEqual([]);
    const ask = askSelect();
    expect(ask).not.toBeNull();
    await act(() => {
      (ask as HTMLSelectElement).value = ME;
      ask?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(askSelect()).toBeNull();
    expect(chips()).toEqual(['Rita Recruiter (me)']);
    expect(document.body.textContent).toContain('Default: you');
    expect((await settingsItem.getValue()).meTeamMemberId).toBe(ME);

    await act(() => button('Create task').click());
    await flush();
    const sent = sentTask(sendMessage.mock.calls);
    expect(sent.task.owner_ids).toEqual([ME]);

    // Next time: not asked, the recruiter owns the task from the start.
    unmountForms();
    await mount();
    expect(askSelect()).toBeNull();
    expect(chips()).toEqual(['Rita Recruiter (me)']);
  });

  it('after a create, shows the person in Stardex and the new task among the open ones, asking Stardex nothing more for them', async () => {
    await mount();
    expect(document.body.textContent).toContain('Will be added to Stardex');
    expect(document.body.textContent).toContain('No open tasks for this person');
    await act(() => button('Create task').click());
    await flush();
    await flush();
    expect(document.body.textContent).toContain('Task created');
    expect(document.body.textContent).toContain('In Stardex');
    expect(document.querySelector('.sx-open-tasks summary')?.textContent).toMatch(
      /^1 open task · LinkedIn message/,
    );
    expect(sendMessage.mock.calls.filter(([name]) => name === 'listOpenTasks')).toHaveLength(1);
  });

  it('puts the outcome of Create in the sticky footer with the button', async () => {
    await mount();
    await act(() => button('Create task').click());
    await flush();
    const foot = document.querySelector('.sx-form-foot');
    expect(foot?.querySelector('[role="status"]')?.textContent).toContain('Task created');
    expect(foot?.contains(button('Create task'))).toBe(true);
  });

  it('starts with focus in the task text, unless something else already has it', async () => {
    await mount();
    expect(document.activeElement?.id).toBe('sx-text');
    unmountForms();

    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    await mount();
    expect(document.activeElement).toBe(elsewhere);
  });
});
