/**
 * The task form in component tests (happy-dom): a person to show, mounting and unmounting the form
 * with the boot data from storage, and finding fields and buttons as a recruiter would, by label.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { loadFormBoot } from '@/components/task-form/form-store';
import { TaskForm } from '@/components/task-form/TaskForm';
import type { FormPerson } from '@/lib/form/person';

/** The invented person the form tests open, with whatever else a test sets. */
export function jordan(fields: Partial<FormPerson> = {}): FormPerson {
  return {
    profileUrl: 'https://www.linkedin.com/in/jordan-rivera/',
    fullName: 'Jordan Rivera',
    firstName: 'Jordan',
    lastName: 'Rivera',
    headline: null,
    currentTitle: null,
    currentCompany: null,
    location: null,
    photoUrl: null,
    ...fields,
  };
}

/** Lets the form's effects and mocked answers settle. */
export const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** The field a visible label names. */
export function byLabel(text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  return document.getElementById(label?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement;
}

/** The button whose text is `name`. */
export function button(name: string): HTMLButtonElement {
  return [...document.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name,
  ) as HTMLButtonElement;
}

/** Types `value` into a field, as an input event. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

// Forms still mounted keep their Ctrl+Enter listener on the document: each test unmounts its own.
const roots: HTMLElement[] = [];

/** Mounts the form for `person` as the popup would, and waits for its first answers. */
export async function mountForm(person: FormPerson): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  const boot = await loadFormBoot();
  await act(() => render(<TaskForm person={person} boot={boot} />, root));
  await flush();
  return root;
}

/** Unmounts every form a test mounted. */
export function unmountForms(): void {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
}
