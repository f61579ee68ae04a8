// @vitest-environment happy-dom
/**
 * A due date typed before the natural-language parser has loaded: Create waits for it to be read,
 * and never sends the date the field showed before.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftKey } from '@/lib/form/draft';
import { parseDueText } from '@/lib/form/due-text';
import { draftsItem } from '@/lib/storage/page-data';
import { byLabel, flush, jordan, type as typeInto } from '@/tests/support/form-harness';
import { createdRun } from '@/tests/support/submit-answers';
import { loadFormBoot } from './form-store';
import { TaskForm } from './TaskForm';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));
// The parser loads only when a test releases it.
const parser = vi.hoisted(() => ({
  loaded: false,
  loading: null as Promise<unknown> | null,
  release: () => {},
}));
vi.mock('./due-text-loader', () => ({
  dueTextParser: () => (parser.loaded ? parseDueText : null),
  loadDueTextParser: () => {
    parser.loading ??= new Promise((resolve) => {
      parser.release = () => {
        parser.loaded = true;
        resolve(parseDueText);
      };
    });
    return parser.loading;
  },
}));

const person = jordan();

function answer(name: string, data: unknown) {
  if (name === 'submit') return createdRun(data);
  if (name === 'lookupPerson') return { ok: true, person: null };
  if (name === 'listOpenTasks') return { ok: true, tasks: [] };
  return { ok: true, members: [] };
}

const field = byLabel;
const create = () =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Create task')?.click();
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => act(() => typeInto(el, value));
const submitted = () => sendMessage.mock.calls.filter(([name]) => name === 'submit');

describe('a due date typed before the parser loaded', () => {
  beforeEach(async () => {
    Object.assign(parser, { loaded: false, loading: null });
    fakeBrowser.reset();
    sendMessage.mockImplementation(async (name: string, data: unknown) => answer(name, data));
    await act(async () => render(<TaskForm person={person} boot={await loadFormBoot()} />, document.body));
    await flush();
    await type(field('Task text'), 'Ask about the data role');
  });
  afterEach(() => render(null, document.body));

  it('is refused once read, not replaced by the date shown before', async () => {
    await type(field('Due'), 'asdf');
    await act(() => create());
    await act(() => parser.release());
    await flush();
    expect(submitted()).toEqual([]);
    expect(document.body.textContent).toContain('Not understood');
  });

  it('is sent as read', async () => {
    await type(field('Due'), 'no due date');
    await act(() => create());
    await act(() => parser.release());
    await flush();
    expect(submitted()).toEqual([
      [
        'submit',
        { submissions: [expect.objectContaining({ task: expect.objectContaining({ due_date: null }) })] },
      ],
    ]);
  });

  it('is read again from a draft an older version kept without its refusal', async () => {
    render(null, document.body);
    await draftsItem.setValue({
      [draftKey(person.profileUrl)]: {
        taskType: 'call',
        contentText: 'Call back',
        textEdited: true,
        dueText: 'asdf',
        dueIso: null,
        ownerIds: [],
        job: null,
        deal: null,
        client: null,
        updatedAt: Date.now(),
      },
    });
    await act(async () => render(<TaskForm person={person} boot={await loadFormBoot()} />, document.body));
    await flush();
    expect(field('Due').value).toBe('asdf');
    await act(() => parser.release());
    await flush();
    expect(document.body.textContent).toContain('Not understood');
    await act(() => create());
    await flush();
    expect(submitted()).toEqual([]);
  });
});
