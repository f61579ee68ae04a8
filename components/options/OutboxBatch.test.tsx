// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchProgress } from '@/lib/tasks/batch-progress';
import { OutboxBatch } from './OutboxBatch';

let root: HTMLElement;
beforeEach(() => {
  root = document.body.appendChild(document.createElement('ul'));
});
afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
});

const progress = (over: Partial<BatchProgress> = {}): BatchProgress => ({
  id: 'b',
  people: 25,
  peopleDone: 12,
  tasks: 75,
  tasksDone: 36,
  failed: [],
  waiting: 13,
  ...over,
});

const show = (p: BatchProgress) =>
  render(
    <OutboxBatch progress={p}>
      <li>a person’s run</li>
    </OutboxBatch>,
    root,
  );

describe('OutboxBatch', () => {
  it('is one closed entry with the progress line while people are on their way', () => {
    show(progress());
    expect(root.querySelector('summary')?.textContent).toBe('12 of 25 people, 36 of 75 tasks in Stardex');
    expect(root.querySelector('details')?.open).toBe(false);
    expect(root.textContent).toContain('13 people on the way');
    expect(root.textContent).toContain('a person’s run');
  });

  it('opens when someone needs the recruiter, naming them', () => {
    const failed = [{ fullName: 'Invented Person 4', profileUrl: 'u', reasons: ['Refused'] }];
    show(progress({ failed, waiting: 12 }));
    expect(root.querySelector('details')?.open).toBe(true);
    expect(root.querySelector('summary')?.textContent).toContain('1 person needs you');
    expect(root.querySelector('.sx-error')?.textContent).toBe('Needs you: Invented Person 4');
  });

  it('says everything is in Stardex once every person is', () => {
    show(progress({ peopleDone: 25, tasksDone: 75, waiting: 0 }));
    expect(root.textContent).toContain('Every person’s tasks are in Stardex.');
    expect(root.textContent).not.toContain('a person’s run');
  });
});
