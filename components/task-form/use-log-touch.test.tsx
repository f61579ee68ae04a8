// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, jordan } from '@/tests/support/form-harness';
import { useLogTouch } from './use-log-touch';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const activity = { touch: 'linkedin_message' as const, text: 'Hi Jordan', taskId: 'task-1' };
let hook: ReturnType<typeof useLogTouch> | null = null;
function Probe() {
  hook = useLogTouch(jordan());
  return null;
}
const root = document.createElement('div');
afterEach(() => render(null, root));

const sentIds = () =>
  sendMessage.mock.calls
    .filter(([name]) => name === 'submit')
    .map(([, data]) => (data as { submissions: { clientId: string }[] }).submissions[0]?.clientId);

describe('useLogTouch', () => {
  it('keeps one client id for the card: a double click sends once, Log again after a refusal reuses it', async () => {
    let answer: (value: unknown) => void = () => undefined;
    sendMessage.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await act(() => render(<Probe />, root));
    await act(() => {
      void hook?.log(activity);
      void hook?.log(activity);
    });
    expect(sentIds()).toHaveLength(1);
    answer({ state: 'accepted', steps: [{ state: 'failed', reason: 'Stardex is down', item: {} }] });
    await flush();
    expect(hook?.state).toEqual({ state: 'failed', reason: 'Stardex is down' });

    sendMessage.mockResolvedValueOnce({ state: 'accepted', steps: [{ state: 'created', item: {} }] });
    await act(async () => {
      await hook?.log({ ...activity, text: 'Hi Jordan, edited' });
    });
    expect(hook?.state).toEqual({ state: 'created' });
    const [first, again] = sentIds();
    expect(again).toBe(first);

    // Logged: pressing again sends nothing; "Log another" is a new item.
    await act(async () => {
      await hook?.log(activity);
    });
    expect(sentIds()).toHaveLength(2);
    sendMessage.mockResolvedValueOnce({ state: 'accepted', steps: [{ state: 'created', item: {} }] });
    await act(() => hook?.another());
    await act(async () => {
      await hook?.log(activity);
    });
    expect(sentIds()[2]).not.toBe(first);
  });
});
