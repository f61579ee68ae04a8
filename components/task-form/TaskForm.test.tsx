// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftKey } from '@/lib/form/draft';
import { UNFINISHED_TEXT } from '@/lib/form/form-state';
import { draftsItem } from '@/lib/storage/page-data';
import { lastUsedItem, templatesItem } from '@/lib/storage/preferences';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { button, byLabel, flush, jordan, mountForm, type, unmountForms } from '@/tests/support/form-harness';
import { createdRun, sentTask } from '@/tests/support/submit-answers';
import { loadDueTextParser } from './due-text-loader';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const ME = '11111111-1111-4111-8111-111111111111';
const person = jordan({
  headline: 'Head of Data at Northwind',
  currentTitle: 'Head of Data',
  currentCompany: 'Northwind',
});

function answer(name: string, data: unknown) {
  switch (name) {
    case 'lookupPerson':
      return { ok: true, person: null };
    case 'listOpenTasks':
      return { ok: true, tasks: [] };
    case 'listTeamMembers':
      return {
        ok: true,
        members: [{ id: ME, firstName: 'Rita', lastName: 'Recruiter', email: null, imageUrl: null }],
      };
    case 'submit':
      return createdRun(data);
    default:
      throw new Error(`unexpected ${name}`);
  }
}

const mount = () => mountForm(person);

describe('TaskForm', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockImplementation(async (name: string, data: unknown) => answer(name, data));
  });
  afterEach(unmountForms);

  it('shows the person and starts from the filled template', async () => {
    await mount();
    expect(document.querySelector('h1')?.textContent).toBe('Jordan Rivera');
    expect(document.body.textContent).toContain('Will be added to Stardex');
    expect(byLabel('Task text').value).toBe('Message Jordan on LinkedIn to follow up');
    expect(document.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('switches an untouched text to the new type’s template and remembers the type', async () => {
    await mount();
    const call = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === 'call',
    );
    await act(() => call?.click());
    await flush();
    expect(byLabel('Task text').value).toBe('Call Jordan Rivera (Northwind)');
    expect((await lastUsedItem.getValue()).taskType).toBe('call');
  });

  it('does not save a template that ends mid-sentence on Ctrl+Enter until it is finished', async () => {
    await templatesItem.setValue({ linkedin_message: 'Message {first_name} on LinkedIn about ' });
    await mount();
    const ctrlEnter = () =>
      act(() => {
        byLabel('Task text').dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
        );
      });
    await ctrlEnter();
    await flush();
    expect(document.body.textContent).toContain(UNFINISHED_TEXT);
    expect(sendMessage).not.toHaveBeenCalledWith('submit', expect.anything());

    type(byLabel('Task text'), 'Message Jordan on LinkedIn about the data role');
    await flush();
    await ctrlEnter();
    await flush();
    expect(sendMessage).toHaveBeenCalledWith('submit', {
      submissions: [
        expect.objectContaining({
          task: expect.objectContaining({ content_text: 'Message Jordan on LinkedIn about the data role' }),
        }),
      ],
    });
  });

  it('refuses empty text with an inline error and sends nothing', async () => {
    await mount();
    type(byLabel('Task text'), '   ');
    await flush();
    await act(() => button('Create task').click());
    await flush();
    expect(document.body.textContent).toContain('Write what the task is about.');
    expect(byLabel('Task text').getAttribute('aria-invalid')).toBe('true');
    expect(sendMessage).not.toHaveBeenCalledWith('submit', expect.anything());
  });

  it('keeps what was typed as a draft and clears it once the task is created', async () => {
    await mount();
    type(byLabel('Task text'), 'Ask Jordan about the data role');
    await flush();
    const drafts = await draftsItem.getValue();
    expect(drafts[draftKey(person.profileUrl)]).toMatchObject({
      contentText: 'Ask Jordan about the data role',
    });

    await act(() => button('Create task').click());
    await flush();
    const submitted = sentTask(sendMessage.mock.calls);
    expect(submitted.task).toMatchObject({
      task_type: 'linkedin_message',
      content_text: 'Ask Jordan about the data role',
    });
    expect(submitted.person.profileUrl).toBe(person.profileUrl);
    expect(document.body.textContent).toContain('Task created: LinkedIn message for Jordan Rivera');
    expect((await draftsItem.getValue())[draftKey(person.profileUrl)]).toBeUndefined();
    expect(await lastUsedItem.getValue()).toEqual({ taskType: 'linkedin_message', ownerIds: [] });
  });

  it('restores the draft when the form opens again', async () => {
    const first = await mount();
    type(byLabel('Task text'), 'Half a thought');
    await flush();
    render(null, first);
    document.body.innerHTML = '';
    await mount();
    expect(byLabel('Task text').value).toBe('Half a thought');
    expect(button('Discard draft')).toBeDefined();
  });

  it('keeps a refused due date refused after the popup closes and opens again', async () => {
    await loadDueTextParser();
    const first = await mount();
    type(byLabel('Due'), 'asdf');
    await flush();
    await act(() => button('Create task').click());
    await flush();
    const notUnderstood = document.getElementById(byLabel('Due').getAttribute('aria-describedby') ?? '');
    expect(notUnderstood?.className).toBe('sx-error');
    render(null, first);
    document.body.innerHTML = '';

    await mount();
    expect(byLabel('Due').value).toBe('asdf');
    const hint = document.getElementById(byLabel('Due').getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Not understood');
    expect(hint?.className).toBe('sx-error');
    await act(() => button('Create task').click());
    await flush();
    expect(sendMessage).not.toHaveBeenCalledWith('submit', expect.anything());
    expect(byLabel('Due').getAttribute('aria-invalid')).toBe('true');
  });

  it('says in words when the background does not answer, and keeps the text', async () => {
    sendMessage.mockImplementation(async (name: string, data: unknown) => {
      if (name === 'submit') throw new Error('Could not establish connection');
      return answer(name, data);
    });
    await mount();
    type(byLabel('Task text'), 'Call back');
    await flush();
    await act(() => button('Create task').click());
    await flush();
    expect(document.body.textContent).toContain(
      'Not created: The extension did not answer. Your text is kept; pressing Create again cannot make a second task.',
    );
    const sent = sentTask(sendMessage.mock.calls);
    // The draft keeps the id it was sent with: pressing Create again is the same intent.
    expect((await draftsItem.getValue())[draftKey(person.profileUrl)]).toMatchObject({
      contentText: 'Call back',
      clientId: sent.clientId,
    });
    await act(() => button('Create task').click());
    await flush();
    const ids = sendMessage.mock.calls
      .filter(([name]) => name === 'submit')
      .map(([, data]) => (data as { submissions: TaskSubmission[] }).submissions[0]?.clientId);
    expect(new Set(ids).size).toBe(1);
  });
});
