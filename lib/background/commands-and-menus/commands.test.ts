import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messaging';
import { cadencesItem, defaultSettings, settingsItem, templatesItem } from '@/lib/storage/preferences';
import { BUILT_IN_CADENCE } from '@/lib/tasks/cadence-schema';
import { fakeProfile } from '@/tests/support/test-probe';
import { runQuickTask } from './commands';
import { QUICK_TASK_NOTIFICATION } from './notifications';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn() }));

const ada = fakeProfile({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
});

/** The background's answer: every step of the run in Stardex. */
const created = (steps: number) => ({
  state: 'accepted' as const,
  steps: Array.from({ length: steps }, () => ({ state: 'created' as const, item: {} as never })),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
});

describe('runQuickTask', () => {
  it('reads the tab, submits the default task with the stored template, and notifies', async () => {
    vi.mocked(sendMessage).mockResolvedValue(ada as never);
    await templatesItem.setValue({ linkedin_message: 'Say hi to {first_name}' });
    const submit = vi.fn(async () => created(1));
    const notice = await runQuickTask(4, { submit });
    expect(sendMessage).toHaveBeenCalledWith('readCurrentProfile', undefined, 4);
    expect(submit).toHaveBeenCalledWith([
      expect.objectContaining({ task: expect.objectContaining({ content_text: 'Say hi to Ada' }) }),
    ]);
    expect(notice.title).toBe('Stardex task added');
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      QUICK_TASK_NOTIFICATION,
      expect.objectContaining({ title: 'Stardex task added', message: 'LinkedIn message for Ada Lovelace' }),
    );
  });

  it('says what to do when the tab has no content script or no profile, submitting nothing', async () => {
    const submit = vi.fn();
    vi.mocked(sendMessage).mockRejectedValue(new Error('Could not establish connection'));
    expect((await runQuickTask(4, { submit })).message).toMatch(/Open a LinkedIn profile first/);
    vi.mocked(sendMessage).mockResolvedValue({ kind: 'not-a-profile', reason: 'feed' } as never);
    expect((await runQuickTask(4, { submit })).message).toBe('Open a LinkedIn profile first.');
    expect((await runQuickTask(undefined, { submit })).title).toBe('No quick task');
    expect(submit).not.toHaveBeenCalled();
  });

  it('reports a submit that throws as a problem', async () => {
    vi.mocked(sendMessage).mockResolvedValue(ada as never);
    const notice = await runQuickTask(4, {
      submit: async () => Promise.reject(new Error('worker stopped')),
    });
    expect(notice).toStrictEqual({ title: 'No quick task', message: 'worker stopped', problem: true });
  });

  it("set to a cadence in Options, queues every step of it for the tab's person and says so", async () => {
    vi.mocked(sendMessage).mockResolvedValue(ada as never);
    await settingsItem.setValue({ ...defaultSettings, quickTaskCadenceId: BUILT_IN_CADENCE.id });
    const submit = vi.fn(async (subs: { task: { task_type: string } }[]) => created(subs.length));
    const notice = await runQuickTask(4, { submit });
    const [submissions] = submit.mock.calls[0] ?? [];
    expect(submissions?.map((s) => s.task.task_type)).toEqual([
      'linkedin_connection',
      'linkedin_message',
      'call',
    ]);
    expect(notice).toMatchObject({
      title: 'Stardex cadence added',
      message: 'Connect, then follow up — 3 of 3 in Stardex for Ada Lovelace',
    });
  });

  it('a cadence deleted since it was chosen falls back to the single task', async () => {
    vi.mocked(sendMessage).mockResolvedValue(ada as never);
    await settingsItem.setValue({ ...defaultSettings, quickTaskCadenceId: 'gone' });
    await cadencesItem.setValue({ cadences: [] });
    const submit = vi.fn(async (subs: unknown[]) => created(subs.length));
    expect((await runQuickTask(4, { submit })).title).toBe('Stardex task added');
    expect(submit.mock.calls[0]?.[0]).toHaveLength(1);
  });
});
