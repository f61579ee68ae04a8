// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dueTodayItem } from '@/lib/storage/shared-state';
import { DueToday, dueLabel } from './DueToday';

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
  fakeBrowser.reset();
  document.body.replaceChildren();
});

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<DueToday now={now} />, root));
  return root;
}

describe('DueToday', () => {
  it('lists each task with a link to the person’s LinkedIn profile, and follows changes live', async () => {
    await dueTodayItem.setValue({ fetchedAt: now.getTime(), meId: 'me', tasks: [task], error: null });
    const root = await mount();
    await vi.waitFor(() => expect(root.querySelector('a')?.textContent).toBe('Ada Lovelace'));
    const link = root.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/ada-l/');
    expect(link.getAttribute('target')).toBe('_blank');
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
    expect(root.querySelector('.sx-due__when--overdue')?.textContent).toMatch(/Overdue/);
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
