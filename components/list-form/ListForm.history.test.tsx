// @vitest-environment happy-dom
/**
 * The list form with what the outbox already holds for its people: reopened, it marks who has a
 * task and leaves them unpicked (All too), shows the last batch's progress and follows it — past
 * an answer that never came; after a Create in the same popup, "Start over" unpicks those people.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { succeed } from '@/lib/outbox/outbox-state';
import { button, flush } from '@/tests/support/form-harness';
import { box, mountListForm, queuedTask } from '@/tests/support/list-form-kit';
import { createdRun } from '@/tests/support/submit-answers';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const batch = { id: 'earlier-batch', people: 2 };
const ines = queuedTask('ines-m', 'Inès Marchetti', batch);
const bo = queuedTask('bo-l', 'Bo Lindgren', batch);
const badge = (name: string) => box(name).labels?.[0]?.textContent ?? '';
const history = () => document.querySelector('.sx-batch-history')?.textContent ?? '';

/** The background's answers, `outbox` for `listOutbox` (a function: it changes as tasks land). */
function answer(outbox: () => OutboxItem[] | Promise<OutboxItem[]>) {
  sendMessage.mockImplementation(async (name: string, data: unknown) => {
    if (name === 'listOutbox') return outbox();
    if (name === 'listTeamMembers') return { ok: true, members: [] };
    if (name === 'submit') return createdRun(data);
    throw new Error(`unexpected ${name}`);
  });
}
const waitForAsk = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(2_000);
  });

let root: HTMLElement;
describe('ListForm with the outbox', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockReset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  it('reopened: who has a task is marked and unpicked, even by All; the batch is followed until it is in', async () => {
    answer(() => [succeed(ines, 'task-1', 2), bo]);
    root = await mountListForm([succeed(ines, 'task-1', 2), bo]);
    expect([box('Inès Marchetti').checked, box('Bo Lindgren').checked, box('Cai Wen').checked]).toEqual([
      false,
      false,
      true,
    ]);
    expect(badge('Inès Marchetti')).toContain('Task added');
    expect(badge('Bo Lindgren')).toContain('Task on its way');
    expect(history()).toContain(
      'Last batch with people on this page · Delivering: 1 of 2 people, 1 of 2 tasks',
    );
    expect(history()).toContain(
      '2 people who already have a task from this browser start unpicked (marked).',
    );
    await act(() => button('None').click());
    await act(() => button('All').click());
    expect(button('Create 1 task')).toBeTruthy();

    answer(() => [succeed(ines, 'task-1', 2), succeed(bo, 'task-2', 3)]);
    await waitForAsk();
    await flush();
    expect(history()).toContain('Delivered: 2 of 2 people, 2 of 2 tasks in Stardex');
    expect(badge('Bo Lindgren')).toContain('Task added');
    const asks = sendMessage.mock.calls.filter(([name]) => name === 'listOutbox').length;
    await waitForAsk();
    await waitForAsk();
    expect(sendMessage.mock.calls.filter(([name]) => name === 'listOutbox')).toHaveLength(asks); // all in: no more asks
  });

  it('keeps asking after an answer that never came', async () => {
    answer(() => Promise.reject(new Error('the worker restarted')));
    root = await mountListForm([succeed(ines, 'task-1', 2), bo]);
    await waitForAsk();
    await flush();
    answer(() => [succeed(ines, 'task-1', 2), succeed(bo, 'task-2', 3)]);
    await waitForAsk();
    await flush();
    expect(history()).toContain('Delivered: 2 of 2 people');
  });

  it('after a Create in the same popup, the people sent get their mark and Start over unpicks them', async () => {
    let sent: OutboxItem[] = [];
    answer(() => sent);
    root = await mountListForm();
    await act(() => box('Inès Marchetti').click()); // Bo and Cai stay picked
    await act(() => button('Create 2 tasks').click());
    await flush();
    const submitted = sendMessage.mock.calls.find(([name]) => name === 'submit')?.[1] as {
      submissions: { person: { fullName: string }; batch: typeof batch }[];
    };
    const slugs: Record<string, string> = { 'Bo Lindgren': 'bo-l', 'Cai Wen': 'cai-wen' };
    sent = submitted.submissions.map((s) =>
      succeed(queuedTask(slugs[s.person.fullName] ?? '', s.person.fullName, s.batch), 'task', 2),
    );
    await waitForAsk();
    await flush();
    expect(badge('Bo Lindgren')).toContain('Task added');
    expect(badge('Cai Wen')).toContain('Task added');
    await act(() => button('Start over').click());
    await flush();
    expect([box('Inès Marchetti').checked, box('Bo Lindgren').checked, box('Cai Wen').checked]).toEqual([
      false,
      false,
      false,
    ]);
    expect(button('Create tasks')).toBeTruthy();
  });
});
