// @vitest-environment happy-dom
/**
 * The list form as a recruiter uses it: rows to pick (a row without a profile link shown with its
 * reason, never picked), one batch sent for the picked people with the text filled per person,
 * nothing asked of Stardex on opening, and a lost reply that cannot make the batch twice.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { missingProfileUrlReasons } from '@/lib/profile/list/list-schema';
import type { TaskSubmission } from '@/lib/tasks/task-schema';
import { button, byLabel, flush, type } from '@/tests/support/form-harness';
import { box, mountListForm } from '@/tests/support/list-form-kit';
import { createdRun } from '@/tests/support/submit-answers';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messaging', () => ({ sendMessage }));

const calls = (name: string) => sendMessage.mock.calls.filter(([n]) => n === name);
const submitted = (index = 0) =>
  (calls('submit')[index]?.[1] as { submissions: TaskSubmission[] } | undefined)?.submissions ?? [];
const status = () => document.querySelector('[role="status"]')?.textContent ?? '';

let root: HTMLElement;
async function mount() {
  root = await mountListForm();
}
async function press(name: string) {
  await act(() => button(name).click());
  await flush();
}

describe('ListForm', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage.mockReset();
    sendMessage.mockImplementation(async (name: string, data: unknown) => {
      if (name === 'listTeamMembers') return { ok: true, members: [] };
      if (name === 'submit') return createdRun(data);
      if (name === 'lookupPerson') return { ok: true, person: null };
      if (name === 'knownPersons') return { ok: true, known: [] };
      throw new Error(`unexpected ${name}`);
    });
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  it('picks every row with a profile link, shows why the others cannot be, and asks Stardex nothing', async () => {
    await mount();
    expect(box('Inès Marchetti').checked).toBe(true);
    expect(box('LinkedIn Member').disabled).toBe(true);
    expect(box('LinkedIn Member').checked).toBe(false);
    expect(document.body.textContent).toContain(missingProfileUrlReasons.hiddenMember);
    expect(button('Create 3 tasks')).toBeTruthy();
    expect(calls('lookupPerson')).toHaveLength(0);
  });

  it('marks at opening the people the extension already matched, from its cache: no lookup', async () => {
    sendMessage.mockImplementation(async (name: string) => {
      if (name === 'listTeamMembers') return { ok: true, members: [] };
      if (name === 'knownPersons') return { ok: true, known: ['https://www.linkedin.com/in/bo-l/'] };
      throw new Error(`unexpected ${name}`);
    });
    await mount();
    expect(calls('knownPersons')[0]?.[1]).toEqual({
      profileUrls: [
        'https://www.linkedin.com/in/ines-m/',
        'https://www.linkedin.com/in/bo-l/',
        'https://www.linkedin.com/in/cai-wen/',
      ],
    });
    expect(box('Bo Lindgren').labels?.[0]?.textContent).toContain('In Stardex');
    expect(box('Cai Wen').labels?.[0]?.textContent).not.toContain('Stardex');
    expect(calls('lookupPerson')).toHaveLength(0);
  });

  it('sends one batch for the people picked, the text filled per person', async () => {
    await mount();
    await act(() => box('Bo Lindgren').click());
    type(byLabel('Task text'), 'Ask {first_name} about Lisbon');
    await flush();
    await press('Create 2 tasks');
    expect(calls('submit')).toHaveLength(1);
    const subs = submitted();
    expect(subs.map((s) => s.task.content_text)).toEqual(['Ask Inès about Lisbon', 'Ask Cai about Lisbon']);
    expect(subs.every((s) => s.batch?.people === 2 && s.batch.id === subs[0]?.batch?.id)).toBe(true);
    expect(status()).toContain('2 people queued: 2 in Stardex');
    expect(status()).toContain('1 skipped: no public profile link');
    expect(document.querySelectorAll('.sx-badge[data-tone="success"]')).toHaveLength(2);
  });

  it('after a lost reply, pressing again sends the same client ids', async () => {
    await mount();
    sendMessage.mockImplementation(async (name: string) => {
      if (name === 'listTeamMembers') return { ok: true, members: [] };
      if (name === 'getSubmission') return null;
      throw new Error('the popup’s channel closed');
    });
    type(byLabel('Task text'), 'Ask {first_name} about Lisbon');
    await flush();
    await press('Create 3 tasks');
    expect(status()).toContain('did not reach the extension');
    sendMessage.mockImplementation(async (_name: string, data: unknown) => createdRun(data));
    await press('Create 3 tasks');
    expect(submitted(1).map((s) => s.clientId)).toEqual(submitted(0).map((s) => s.clientId));
    expect(submitted(1)[0]?.batch?.id).toBe(submitted(0)[0]?.batch?.id);
  });

  it('a cadence: each person gets the steps as one run of their own, all in one batch', async () => {
    await mount();
    const select = document.getElementById('sx-cadence') as HTMLSelectElement;
    select.value = 'connect-then-follow-up';
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    const stepTexts = [...document.querySelectorAll('textarea')].map((t) => t.value);
    expect(stepTexts[0]).toBe('Send {first_name} a connection request');
    await press('Create 3 × 3 tasks');
    const subs = submitted();
    expect(subs).toHaveLength(9);
    const runs = new Map<string, Set<string>>();
    for (const s of subs)
      runs.set(s.person.profileUrl, (runs.get(s.person.profileUrl) ?? new Set()).add(s.group?.id ?? ''));
    expect([...runs.values()].map((ids) => ids.size)).toEqual([1, 1, 1]);
    expect(new Set([...runs.values()].flatMap((ids) => [...ids])).size).toBe(3);
    expect(subs.map((s) => s.group?.index)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(subs[0]?.task.content_text).toBe('Send Inès a connection request');
    expect(subs.every((s) => s.batch?.people === 3)).toBe(true);
  });

  it('checks who is in Stardex only when asked, a few at a time', async () => {
    let inFlight = 0;
    let most = 0;
    sendMessage.mockImplementation(async (name: string) => {
      if (name === 'listTeamMembers') return { ok: true, members: [] };
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return { ok: true, person: null };
    });
    await mount();
    await press('Check who is in Stardex');
    await flush();
    expect(calls('lookupPerson').map(([, data]) => (data as { profileUrl: string }).profileUrl)).toEqual([
      'https://www.linkedin.com/in/ines-m/',
      'https://www.linkedin.com/in/bo-l/',
      'https://www.linkedin.com/in/cai-wen/',
    ]);
    expect(most).toBeLessThanOrEqual(3);
    expect(document.body.textContent).toContain('Not in Stardex');
  });
});
