/**
 * The list form in component tests (happy-dom): a people search of invented people, outbox items
 * for them, mounting the form with the boot data from storage, and finding a row's checkbox by
 * the person's name as a recruiter would.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ListForm } from '@/components/list-form/ListForm';
import { loadFormBoot } from '@/components/task-form/form-store';
import type { OutboxItem } from '@/lib/outbox/outbox-schema';
import { newItem } from '@/lib/outbox/outbox-state';
import type { Batch } from '@/lib/tasks/batch';
import { flush } from './form-harness';
import { listRow } from './list-rows';

/** A row as a people search shows it: the person's headline and location. */
export const row = (name: string, slug: string | null) =>
  listRow(name, slug, { headline: `${name.split(' ')[0]} builds pipelines`, location: 'Lisbon' });

/** Four rows: three people with a profile link and a hidden member between them. */
export const sampleList = {
  kind: 'people-search' as const,
  rows: [
    row('Inès Marchetti', 'ines-m'),
    row('LinkedIn Member', null),
    row('Bo Lindgren', 'bo-l'),
    row('Cai Wen', 'cai-wen'),
  ],
};

/** A task for the row's person as the outbox holds it when just queued (in `batch` when given). */
export function queuedTask(slug: string, fullName: string, batch?: Batch): OutboxItem {
  const person = {
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    fullName,
    firstName: null,
    lastName: null,
    headline: null,
    currentTitle: null,
    currentCompany: null,
    location: null,
  };
  const task = {
    task_type: 'linkedin_message' as const,
    content_text: 'Ask about Lisbon',
    due_date: '2026-12-08T09:00:00Z',
    owner_ids: [],
    job_id: null,
    deal_id: null,
    client_id: null,
  };
  return newItem({ clientId: crypto.randomUUID(), person, task, ...(batch ? { batch } : {}) }, 1);
}

/** The checkbox of the row whose name starts its label. */
export const box = (name: string) =>
  [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((input) =>
    input.labels?.[0]?.textContent?.startsWith(name),
  ) as HTMLInputElement;

/** Mounts the list form on `sampleList` with `outbox` as the popup read it; returns the root to unmount. */
export async function mountListForm(outbox: OutboxItem[] = []): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  const boot = await loadFormBoot();
  await act(() => render(<ListForm list={sampleList} boot={boot} outbox={outbox} />, root));
  await flush();
  return root;
}
