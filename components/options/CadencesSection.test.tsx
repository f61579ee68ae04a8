// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDue } from '@/lib/form/due-date';
import { cadencesItem, defaultSettings } from '@/lib/storage/preferences';
import { BUILT_IN_CADENCE, type Cadence } from '@/lib/tasks/cadence-schema';
import { CadencesSection } from './CadencesSection';
import { PreferencesSection } from './PreferencesSection';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn(async () => ({ ok: true, members: [] })) }));

// A Friday: "Tomorrow" is Saturday 28 Nov, and +3 business days from it is Wednesday 2 Dec.
const now = new Date(2026, 10, 27, 10, 0);

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

async function mount() {
  await act(async () => render(<CadencesSection duePick="tomorrow" dueTime="09:00" now={now} />, root));
  await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Cadences'));
}

const cadenceCards = () => [...root.querySelectorAll<HTMLLIElement>('.sx-cadence')];
const steps = (card: Element) => [...card.querySelectorAll<HTMLLIElement>('.sx-cadence-step')];
const button = (within: Element, name: string) => {
  const found = [...within.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (el: HTMLElement) => act(() => el.click());
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
/** What `sync:cadences` holds, raw (undefined until the page writes it). */
const storedRaw = async () =>
  (await fakeBrowser.storage.sync.get('cadences')).cadences as { cadences: Cadence[] } | undefined;
const stored = async () => (await cadencesItem.getValue()).cadences;

describe('CadencesSection', () => {
  it('shows the built-in cadence with its three steps, step 1 timed by the form', async () => {
    await mount();
    expect(cadenceCards()).toHaveLength(1);
    const card = cadenceCards()[0] as Element;
    expect((card.querySelector('input') as HTMLInputElement).value).toBe('Connect, then follow up');
    expect(steps(card)).toHaveLength(3);
    expect(steps(card)[0]?.textContent).toContain('Starts on the form’s due date');
    expect(steps(card)[1]?.textContent).toContain('+3 business days after step 1');
    expect(button(card, 'Move step 1 up').disabled).toBe(true);
    expect(button(card, 'Move step 3 down').disabled).toBe(true);
  });

  it('previews the steps for Ada, with business days counted from the first due date', async () => {
    await mount();
    const preview = root.querySelector('.sx-cadence-preview') as HTMLElement;
    expect(preview.querySelector('h4')?.textContent).toBe('Preview for Ada Lovelace (an example person)');
    const items = [...preview.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('Send Ada a connection request');
    expect(items[0]).toContain(formatDue(new Date(2026, 10, 28, 9, 0), now));
    expect(items[1]).toContain('Message Ada after the connection request (2/3)');
    expect(items[1]).toContain(formatDue(new Date(2026, 11, 2, 9, 0), now));
    expect(items[2]).toContain('Call Ada Lovelace (Analytical Engines)');
  });

  it('writes an edited step text to sync:cadences after the debounce', async () => {
    await mount();
    const text = steps(cadenceCards()[0] as Element)[1]?.querySelector('textarea') as HTMLTextAreaElement;
    await type(text, 'Hi {first_name}');
    expect(await storedRaw()).toBeUndefined(); // not yet: typing is debounced
    expect(root.querySelector('.sx-cadence-preview')?.textContent).toContain('Hi Ada');
    await vi.waitFor(async () => expect((await stored())[0]?.steps[1]?.template).toBe('Hi {first_name}'));
  });

  it('adds, moves and removes steps, duplicates and deletes cadences', async () => {
    await mount();
    const card = () => cadenceCards()[0] as Element;
    await click(button(card(), 'Add step'));
    expect(steps(card())).toHaveLength(4);
    await click(button(card(), 'Move step 3 up'));
    await vi.waitFor(async () =>
      expect((await stored())[0]?.steps.map((s) => s.type)).toEqual([
        'linkedin_connection',
        'call',
        'linkedin_message',
        'call',
      ]),
    );
    await click(button(card(), 'Remove step 1'));
    await vi.waitFor(async () => expect((await stored())[0]?.steps).toHaveLength(3));

    await click(button(card(), 'Duplicate'));
    expect(cadenceCards()).toHaveLength(2);
    await vi.waitFor(async () =>
      expect((await stored()).map((c) => c.name)).toEqual([
        'Connect, then follow up',
        'Connect, then follow up (copy)',
      ]),
    );

    await click(button(card(), 'Delete'));
    expect(document.activeElement?.textContent).toBe('No'); // focus stays near the question
    await click(button(card(), 'Yes'));
    await vi.waitFor(async () =>
      expect((await stored()).map((c) => c.name)).toEqual(['Connect, then follow up (copy)']),
    );
  });

  it('says when an edit would not fit in browser sync, and does not write it', async () => {
    // Six long cadences (~6.5 KB) leave room for the built-in, not for 2 KB more of text.
    const long = Array.from({ length: 6 }, (_, i) => ({
      id: `long-${i}`,
      name: `Long ${i}`,
      steps: [
        {
          id: 's',
          type: 'call' as const,
          offset: { unit: 'days' as const, amount: 0 },
          template: 'x'.repeat(1000),
        },
      ],
    }));
    const seeded = [structuredClone(BUILT_IN_CADENCE), ...long];
    await cadencesItem.setValue({ cadences: seeded });
    await mount();
    await vi.waitFor(() => expect(cadenceCards()).toHaveLength(7));
    const text = steps(cadenceCards()[0] as Element)[0]?.querySelector('textarea') as HTMLTextAreaElement;
    await type(text, 'é'.repeat(1000));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(
      /Not saved: Cadences take \d+\.\d KB; Chrome sync allows 8 KB per item/,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(await stored()).toEqual(seeded);
  });

  it('follows a change made on another device', async () => {
    await mount();
    const renamed = { ...structuredClone(BUILT_IN_CADENCE), name: 'Renamed elsewhere' };
    await act(() => cadencesItem.setValue({ cadences: [renamed] }));
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('#sx-cadence-0-name')?.value).toBe('Renamed elsewhere'),
    );
  });
});

describe('PreferencesSection: Quick task', () => {
  async function mountPreferences(quickTaskCadenceId: string | null, update = vi.fn()) {
    const settings = { ...defaultSettings, quickTaskCadenceId };
    await act(async () =>
      render(
        <PreferencesSection
          settings={settings}
          update={update}
          reload={async () => undefined}
          saveError={null}
        />,
        root,
      ),
    );
    const select = root.querySelector('#sx-quick-task') as HTMLSelectElement;
    await vi.waitFor(() => expect(select.options).toHaveLength(2));
    return { select, update };
  }

  it('offers one task or each cadence, and saves the choice', async () => {
    const { select, update } = await mountPreferences(null);
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'One task (the default type and due date)',
      'Cadence: Connect, then follow up',
    ]);
    expect(select.value).toBe('');
    await act(() => {
      select.value = BUILT_IN_CADENCE.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(update).toHaveBeenCalledWith({ quickTaskCadenceId: BUILT_IN_CADENCE.id });
  });

  it('shows the single task when the chosen cadence is gone', async () => {
    const { select } = await mountPreferences('deleted-cadence');
    expect(select.value).toBe('');
  });
});
