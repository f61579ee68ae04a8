// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { workedLine } from '@/lib/form/worked-line';
import { focusTaskItem } from '@/lib/storage/page-data';
import { dueTodayItem, workedTasksItem } from '@/lib/storage/shared-state';
import { dueLabel } from './DueItem';
import { DueToday } from './DueToday';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(async () => undefined) }));

const now = new Date(2026, 10, 28, 14, 0);
const task = {
  id: 't1',
  taskType: 'linkedin_message' as const,
  contentText: 'Follow up on the role',
  dueDate: new Date(2026, 10, 28, 9, 0).toISOString(),
  personId: 'p1',
  personName: 'Ada Lovelace',
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  document.body.replaceChildren();
});

async function mount(props: { tabId?: number; onPerson?: (person: { fullName: string }) => void } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<DueToday now={now} {...props} />, root));
  return root;
}

const listed = (tasks: (typeof task)[]) =>
  dueTodayItem.setValue({ fetchedAt: now.getTime(), meId: 'me', tasks, error: null });

describe('DueToday', () => {
  it('lists each task with a link to the person’s LinkedIn profile, and follows changes live', async () => {
    await dueTodayItem.setValue({ fetchedAt: now.getTime(), meId: 'me', tasks: [task], error: null });
    const root = await mount();
    await vi.waitFor(() => expect(root.querySelector('a')?.textContent).toBe('Ada Lovelace'));
    const link = root.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/ada-l/');
    expect(root.querySelector('h2')?.textContent).toBe('Due today (1)');

    const overdue = {
      ...task,
      id: 't0',
      personName: null,
      profileUrl: null,
      dueDate: new Date(2026, 10, 20, 9).toISOString(),
    };
    await act(async () => {
      await dueTodayItem.setValue({
        fetchedAt: now.getTime(),
        meId: 'me',
        tasks: [overdue, task],
        error: null,
      });
    });
    await vi.waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(2));
    expect(root.querySelector('li span.sx-due__name')?.textContent).toBe('Person in Stardex');
    expect(root.querySelector('li .sx-due__why')?.textContent).toMatch(/no LinkedIn profile/);
    expect(root.querySelector('.sx-due__when--overdue')?.textContent).toMatch(/Overdue/);
  });

  it('opens a task’s profile in the tab in view, focus first, and shows that person’s form', async () => {
    await listed([task]);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const onPerson = vi.fn();
    const root = await mount({ tabId: 42, onPerson });
    await vi.waitFor(() => expect(root.querySelector('a')).not.toBeNull());
    await act(async () => {
      root.querySelector('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(onPerson).toHaveBeenCalledOnce());
    expect(update).toHaveBeenCalledWith(42, { url: task.profileUrl });
    expect(await focusTaskItem.getValue()).toMatchObject({ taskId: 't1', profileUrl: task.profileUrl });
    expect(onPerson.mock.calls[0]?.[0]).toMatchObject({
      fullName: 'Ada Lovelace',
      profileUrl: task.profileUrl,
    });
  });

  it('opens a Ctrl click in a new tab behind and stays on the list, saying so', async () => {
    await listed([task]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const onPerson = vi.fn();
    const root = await mount({ tabId: 42, onPerson });
    await vi.waitFor(() => expect(root.querySelector('a')).not.toBeNull());
    await act(async () => {
      root
        .querySelector('a')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    });
    await vi.waitFor(() => expect(root.textContent).toContain('Opened Ada Lovelace’s profile in a new tab.'));
    expect(create).toHaveBeenCalledWith({ url: task.profileUrl, active: false });
    expect(update).not.toHaveBeenCalled();
    expect(onPerson).not.toHaveBeenCalled();
  });

  it('moves a task worked today to the bottom as done, out of the count, live', async () => {
    const later = {
      ...task,
      id: 't2',
      personName: 'Grace Hopper',
      profileUrl: 'https://www.linkedin.com/in/grace/',
    };
    await listed([task, later]);
    const root = await mount();
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Due today (2)'));
    const loggedAt = new Date(2026, 10, 28, 13, 5).getTime();
    await act(async () => {
      await workedTasksItem.setValue({ t1: loggedAt, elsewhere: loggedAt });
    });
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Due today (1)'));
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.taskId)).toEqual(['t2', 't1']);
    expect(items[1]?.classList.contains('sx-due__item--done')).toBe(true);
    expect(items[1]?.querySelector('a')).toBeNull();
    expect(items[1]?.textContent).toContain(workedLine(loggedAt, now));

    await act(async () => {
      await workedTasksItem.setValue({ t1: loggedAt, t2: loggedAt });
    });
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Due today'));
    expect(root.textContent).toContain('All done for today.');
  });

  it('says when nothing is due, and shows why a refresh failed', async () => {
    await dueTodayItem.setValue({ fetchedAt: now.getTime(), meId: 'me', tasks: [], error: null });
    const root = await mount();
    await vi.waitFor(() => expect(root.textContent).toContain('No LinkedIn tasks due today.'));
    await act(async () => {
      await dueTodayItem.setValue({
        fetchedAt: now.getTime(),
        meId: 'me',
        tasks: [],
        error: 'Stardex did not answer in time',
      });
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Stardex did not answer in time'),
    );
  });
});

describe('dueLabel', () => {
  it('shows the time for today and the date for overdue', () => {
    expect(dueLabel(task, now, 'en-GB')).toBe('Today 09:00');
    expect(dueLabel({ dueDate: new Date(2026, 10, 20, 9).toISOString() }, now, 'en-GB')).toBe(
      'Overdue · 20 Nov',
    );
  });
});
